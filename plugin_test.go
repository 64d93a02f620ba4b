package plugmux

import (
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/plugmux/plugmux/internal/feedserver"
)

func TestValidateName(t *testing.T) {
	good := []string{"app1", "a", "my-plugin", "x.y_z1", "@acme/orders", "@a~b/x", "@acme/http", "ab-", strings.Repeat("a", 214)}
	bad := map[string]string{
		"":                        "empty",
		"App":                     "upper-case",
		".hidden":                 `starts with "."`,
		"_x":                      `starts with "."`,
		"a b":                     "character ' '",
		"a/b":                     "character '/'",
		"@acme":                   `no "/name"`,
		"@/x":                     "empty part",
		"@acme/":                  "empty part",
		"@Acme/x":                 "upper-case",
		strings.Repeat("a", 215):  "longer than 214",
		"..":                      `starts with "."`,
		"caf\u00e9":               "character",
		"%40acme":                 "character '%'",
		"@acme/orders/extra/more": "character '/'",
		"x~1":                     "character '~'",
		"-ab":                     `starts with "-"`,
		"http":                    "core module",
		"crypto":                  "core module",
		"node_modules":            "reserved",
		"favicon.ico":             "reserved",
	}
	for _, n := range good {
		if err := ValidateName(n); err != nil {
			t.Errorf("ValidateName(%q) = %v", n, err)
		}
	}
	for n, want := range bad {
		err := ValidateName(n)
		if err == nil || !errors.Is(err, ErrInvalidItem) || !strings.Contains(err.Error(), want) {
			t.Errorf("ValidateName(%q) = %v, want an ErrInvalidItem mentioning %q", n, err, want)
		}
	}
}

// TestValidateNameAsNpm: what npm refuses to publish (recorded from npm's
// own checks for the feed service, internal/feedserver/testdata) is refused.
func TestValidateNameAsNpm(t *testing.T) {
	b, err := os.ReadFile("internal/feedserver/testdata/npm-names.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Names map[string]bool `json:"names"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	refused := 0
	for name, npm := range rec.Names {
		if ValidateName(name) == nil && !npm {
			t.Errorf("ValidateName(%q) accepts what npm refuses", name)
		}
		if !npm {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("the recording has no name npm refuses")
	}
}

func TestCheckIntegrity(t *testing.T) {
	data := []byte("export default 1")
	s256 := sha256.Sum256(data)
	s384 := sha512.Sum384(data)
	s512 := sha512.Sum512(data)
	b64 := base64.StdEncoding.EncodeToString
	wrong := b64(make([]byte, 32))
	cases := []struct {
		sri string
		ok  bool
	}{
		{"sha256-" + b64(s256[:]), true},
		{"sha384-" + b64(s384[:]), true},
		{"sha512-" + b64(s512[:]), true},
		{"sha256-" + wrong, false},
		{"sha256-" + wrong + " sha256-" + b64(s256[:]), true},     // any hash of the strongest algorithm
		{"sha256-" + b64(s256[:]) + " sha512-" + wrong, false},    // the strongest algorithm decides
		{"sha512-" + b64(s512[:]) + "?opt sha256-" + wrong, true}, // options are ignored
		{"md5-abc", false},
		{"", false},
	}
	for _, c := range cases {
		err := checkIntegrity(c.sri, data)
		if (err == nil) != c.ok {
			t.Errorf("checkIntegrity(%q) = %v, want ok=%v", c.sri, err, c.ok)
		}
		if err != nil && !errors.Is(err, ErrIntegrity) {
			t.Errorf("error %v is not ErrIntegrity", err)
		}
	}
}

func TestSplitNamespace(t *testing.T) {
	for in, want := range map[string][2]string{
		"/app1/foo":         {"app1", "/foo"},
		"/app1":             {"app1", "/"},
		"/app1/":            {"app1", "/"},
		"/@acme/orders/x/y": {"@acme/orders", "/x/y"},
		"/@acme/orders":     {"@acme/orders", "/"},
		"/%40acme/orders/x": {"@acme/orders", "/x"},
		"/":                 {"", "/"},
		"/app1/a%2Fb":       {"app1", "/a%2Fb"},
	} {
		ns, rest := splitNamespace(in)
		if ns != want[0] || rest != want[1] {
			t.Errorf("splitNamespace(%q) = %q, %q, want %q, %q", in, ns, rest, want[0], want[1])
		}
	}
}

// setup's second argument: the item's name, version, config and custom, in
// that order, null when the item has none (and JSON is not read for them).
func TestSetupContext(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	src := `export function setup(r, ctx) {
		const seen = JSON.stringify({ keys: Object.keys(ctx), ctx });
		r.get("/", (q, s) => s.type("text").send(seen));
	}`
	for _, c := range []struct {
		name           string
		config, custom json.RawMessage
		want           string
	}{
		{"bare", nil, nil, `{"keys":["name","version","config","custom"],"ctx":{"name":"bare","version":"1.0.0","config":null,"custom":null}}`},
		{"both", json.RawMessage(`{"a":[1,2]}`), json.RawMessage(`"x"`), `{"keys":["name","version","config","custom"],"ctx":{"name":"both","version":"1.0.0","config":{"a":[1,2]},"custom":"x"}}`},
		{"custom-only", nil, json.RawMessage(`{"b":true}`), `{"keys":["name","version","config","custom"],"ctx":{"name":"custom-only","version":"1.0.0","config":null,"custom":{"b":true}}}`},
	} {
		if _, err := e.feed.Publish(testFeed, feedserver.Package{Name: c.name, Version: "1.0.0", Main: "index.js",
			Files: map[string][]byte{"index.js": []byte(src)}, Config: c.config, Custom: c.custom}); err != nil {
			t.Fatal(err)
		}
		e.waitChange(Installed, c.name)
		e.expect("/"+c.name+"/", 200, c.want)
	}
}
