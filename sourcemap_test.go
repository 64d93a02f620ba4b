package plugmux

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// stripSourcesWhole is the plain definition of sourceMapOfURLs: decode the
// whole map, strip esbuild's namespace from each source, encode it again.
func stripSourcesWhole(m []byte) (map[string]any, bool) {
	var sm map[string]any
	if json.Unmarshal(m, &sm) != nil {
		return nil, false
	}
	srcs, ok := sm["sources"].([]any)
	if !ok {
		return sm, true
	}
	for i, s := range srcs {
		str, ok := s.(string)
		if !ok {
			return nil, false
		}
		srcs[i] = strings.TrimPrefix(str, urlNamespace+":")
	}
	return sm, true
}

// TestSourceMapOfURLsAgreesWithDecodingTheWholeMap compares the splice of
// the sources array with the whole-map definition on generated maps: keys
// in any order, escapes, nested values, white space, and maps that are not
// JSON, which must stay unreadable.
func TestSourceMapOfURLsAgreesWithDecodingTheWholeMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 14))
	strs := []string{"url:https://h/a.js", "url:http://h/b/c.ts?x=1", "https://h/plain.js", "url:", "u\u00e9\\\"q", "url:url:x", "", "</script>"}
	values := []string{`3`, `"AAAA;CAAC"`, `[]`, `["a","b"]`, `{"x":[1,{"y":null}]}`, `null`, `true`, `"\u2028"`}
	randomSources := func() string {
		parts := make([]string, rng.IntN(4))
		for i := range parts {
			b, _ := json.Marshal(strs[rng.IntN(len(strs))])
			parts[i] = string(b)
		}
		return "[" + strings.Join(parts, ","+strings.Repeat(" ", rng.IntN(2))) + "]"
	}
	changed, kept := 0, 0
	for n := range 5000 {
		keys := []string{`"version"`, `"mappings"`, `"names"`, `"sourceRoot"`}
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		keys = keys[:rng.IntN(len(keys)+1)]
		members := make([]string, 0, len(keys)+1)
		for _, k := range keys {
			members = append(members, k+":"+values[rng.IntN(len(values))])
		}
		if rng.IntN(8) > 0 {
			at := rng.IntN(len(members) + 1)
			members = append(members[:at], append([]string{`"sources"` + strings.Repeat(" ", rng.IntN(2)) + ":" + randomSources()}, members[at:]...)...)
		}
		doc := "{" + strings.Join(members, ",") + "}"
		switch rng.IntN(10) {
		case 0:
			doc = doc[:rng.IntN(len(doc))] // cut short
		case 1:
			doc = `{"sources":[1,"url:x"],"version":3}` // not strings
		case 2:
			doc = " \n" + doc + "\n"
		}
		got := sourceMapOfURLs([]byte(doc))
		want, ok := stripSourcesWhole([]byte(doc))
		if !ok {
			// only esbuild's maps come here; one that is not JSON must stay
			// unreadable, so that goja has no map either way
			if json.Valid(got) && string(got) != doc {
				t.Fatalf("case %d %q: a map it cannot read came back readable: %q", n, doc, got)
			}
			kept++
			continue
		}
		var have map[string]any
		if err := json.Unmarshal(got, &have); err != nil {
			t.Fatalf("case %d %q: %q is not JSON: %v", n, doc, got, err)
		}
		if !reflect.DeepEqual(have, want) {
			t.Fatalf("case %d %q: got %q, want %v", n, doc, got, want)
		}
		if string(got) != doc {
			changed++
		}
	}
	if changed < 1000 || kept < 500 {
		t.Errorf("too few cases of each kind: %d maps changed, %d unreadable kept", changed, kept)
	}
	if sourceMapOfURLs(nil) != nil {
		t.Error("no map must stay no map")
	}
}
