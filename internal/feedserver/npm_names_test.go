package feedserver

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestNamesAndVersionsAsNpm compares validName and validVersion with what
// npm's own checks answer (recorded by testdata/record-npm.js): a package
// npm would refuse to publish is refused here, and one it accepts is
// accepted, except the names deliberatelyStricter describes.
func TestNamesAndVersionsAsNpm(t *testing.T) {
	b, err := os.ReadFile("testdata/npm-names.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Names    map[string]bool `json:"names"`
		Versions map[string]bool `json:"versions"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	stricter := 0
	for name, npm := range rec.Names {
		got := validName(name) == nil
		switch {
		case got && !npm:
			t.Errorf("validName(%q) accepts what npm refuses", name)
		case !got && npm && !deliberatelyStricter(name):
			t.Errorf("validName(%q) refuses what npm accepts", name)
		case !got && npm:
			stricter++
		}
	}
	t.Logf("%d names, %d that npm accepts refused on purpose", len(rec.Names), stricter)
	for v, npm := range rec.Versions {
		if got := validVersion(v) == nil; got != npm {
			t.Errorf("validVersion(%q) accepts: %v, npm: %v", v, got, npm)
		}
	}
}

// deliberatelyStricter reports whether name is one that npm accepts and
// validName refuses on purpose: npm checks a scope only for URL encoding,
// so "@../x" or "@!/x" pass (and would be a path segment of the file URLs),
// and it lets a name after a scope start with "_".
func deliberatelyStricter(name string) bool {
	scope, rest, ok := strings.Cut(strings.TrimPrefix(name, "@"), "/")
	if !strings.HasPrefix(name, "@") || !ok {
		return false
	}
	return scope == "" || strings.Trim(scope, "abcdefghijklmnopqrstuvwxyz0123456789._~-") != "" ||
		scope[0] == '.' || scope[0] == '_' || strings.HasPrefix(rest, "_")
}
