package plugmux

import (
	"errors"
	"fmt"
	"testing"

	"github.com/dop251/goja"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

func TestPathPatterns(t *testing.T) {
	cases := []struct {
		pattern string
		end     bool
		path    string
		ok      bool
		n       int    // consumed, for prefixes
		params  string // fmt of name=value pairs
		simple  bool
	}{
		{"/", true, "/", true, 0, "", true},
		{"/", false, "/anything/below", true, 0, "", false},
		{"/users/:id", true, "/users/42", true, 9, "id=42", true},
		{"/users/:id", true, "/users/42/", true, 9, "id=42", true},
		{"/users/:id", true, "/Users/42", true, 9, "id=42", true},
		{"/users/:id", true, "/users", false, 0, "", true},
		{"/users/:id", true, "/users/", false, 0, "", true},
		{"/users/:id", true, "/users/42/x", false, 0, "", true},
		{"/users/:id", true, "/users/a%2Fb", true, 12, "id=a/b", true},
		{"/users/:id", true, "/users/%E2%9C%93", true, 16, "id=✓", true},
		{"/users", false, "/users/42", true, 6, "", true},
		{"/users", false, "/users/", true, 7, "", true}, // the trailing slash is part of the matched prefix, as in Express
		{"/:a-:b", true, "/x-y-z", true, 6, "a=x-y b=z", false},
		{"/:a.:b", true, "/x.y", true, 4, "a=x b=y", false},
		{"/*a/:b", true, "/x/y/z", true, 6, "a=[x y] b=z", false},
		{"/:a-and-:b", true, "/x-and-y", true, 8, "a=x b=y", false}, // needs a lookahead: regexp2
		{"/a{/:b}{/:c}", true, "/a/x", true, 4, "b=x", false},
		{"/a{/:b}{/:c}", true, "/a/x/y", true, 6, "b=x c=y", false},
		{"/users", false, "/usersx", false, 0, "", true},
		{"/users/", false, "/users/42", true, 6, "", true},
		{"/files/*rest", true, "/files/a/b", true, 10, "rest=[a b]", false},
		{"/files/*rest", true, "/files/", false, 0, "", false},
		{"/docs{/:section}", true, "/docs", true, 5, "", false},
		{"/docs{/:section}", true, "/docs/x", true, 7, "section=x", false},
		{"/:from-:to", true, "/1-9", true, 4, "from=1 to=9", false},
		{"/a\\:b", true, "/a:b", true, 4, "", true},
		{"/a.json", true, "/A.JSON", true, 7, "", true},
		{"/:file.json", true, "/x.json", true, 7, "file=x", false},
		{"/:file.json", true, "/x", false, 0, "", false},
		{"/api/:v", false, "/api/2/users", true, 6, "v=2", true},
		{"/api/:v{/*rest}", false, "/api/2/users", true, 12, "v=2 rest=[users]", false},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s end=%v %s", c.pattern, c.end, c.path), func(t *testing.T) {
			p, err := parsePattern(c.pattern, c.end, pathOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if p.simple != c.simple {
				t.Errorf("simple = %v, want %v", p.simple, c.simple)
			}
			n, params, ok, err := p.match(c.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if ok != c.ok {
				t.Fatalf("match = %v, want %v", ok, c.ok)
			}
			if !ok {
				return
			}
			if n != c.n {
				t.Errorf("consumed %d, want %d", n, c.n)
			}
			got := ""
			for i, pr := range params {
				if i > 0 {
					got += " "
				}
				if pr.wild {
					got += fmt.Sprintf("%s=%v", pr.name, pr.values)
				} else {
					got += pr.name + "=" + pr.value
				}
			}
			if got != c.params {
				t.Errorf("params %q, want %q", got, c.params)
			}
		})
	}
}

func TestPathPatternErrors(t *testing.T) {
	for _, bad := range []string{"/a(b)", "/a?", "/a+", "/a!", "/[a]", "/a/:", "/a/*", "/a{b", "/a}b", "/a\\"} {
		if _, err := parsePattern(bad, true, pathOptions{}); err == nil {
			t.Errorf("parsePattern(%q) succeeded", bad)
		}
	}
}

func TestIndexKeys(t *testing.T) {
	for pattern, want := range map[string]string{
		"/":              "/",
		"/Users/:id":     "/users/:p",
		"/a/:x/b/:y":     "/a/:p/b/:p",
		"/files/*rest":   "",
		"/docs{/:s}":     "",
		"/a\\:b":         "",
		"/:file.json":    "",
		"/users/new/":    "/users/new",
		"/trailing/:id/": "/trailing/:p",
	} {
		p, err := parsePattern(pattern, true, pathOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := p.indexKey()
		if got != want {
			t.Errorf("indexKey(%q) = %q, want %q", pattern, got, want)
		}
	}
}

func TestRouteTableIndexNeverPanics(t *testing.T) {
	// Tables httprouter panics on: the conflicting routes fall back to
	// one-by-one matching, and the table still answers in Express order.
	vm := goja.New()
	rec := &recorder{set: newRecorderSet(vm)}
	for _, r := range []struct{ method, path string }{
		{"GET", "/users/new"}, {"GET", "/users/:id"}, {"GET", "/users/:name"}, {"GET", "/a/*rest"},
		{"GET", "/a/health"}, {"GET", "/users/new"}, {"", "/users/new"},
	} {
		rec.layers = append(rec.layers, &recordedLayer{route: true, paths: []goja.Value{vm.ToValue(r.path)}, entries: []recordedEntry{{method: r.method}}})
	}
	tbl, err := compileTable(rec)
	if err != nil {
		t.Fatal(err)
	}
	indexed := ""
	for _, l := range tbl.layers {
		indexed += fmt.Sprint(l.indexed, " ")
	}
	if indexed != "true false false false true true true " {
		t.Errorf("indexed = %s", indexed)
	}
	var sink hitSink
	if hits := tbl.lookup("/USERS/NEW/", &sink, nil); fmt.Sprint(hits) != "[0 5 6]" {
		t.Errorf("lookup /USERS/NEW/ = %v", hits)
	}
	if hits := tbl.lookup("/a/health", &sink, nil); fmt.Sprint(hits) != "[4]" {
		t.Errorf("lookup /a/health = %v", hits)
	}
	if hits := tbl.lookup("/nothing", &sink, nil); len(hits) != 0 {
		t.Errorf("lookup /nothing = %v", hits)
	}
}
