package express

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestPathPatterns(t *testing.T) {
	cases := []struct {
		pattern string
		end     bool
		path    string
		ok      bool
		n       int    // consumed, for prefixes
		params  string // fmt of name=value pairs
		simple  bool   // matched segment by segment
	}{
		{"/", true, "/", true, 1, "", false},
		{"/", false, "/anything/below", true, 0, "", false},
		{"/users/:id", true, "/users/42", true, 9, "id=42", true},
		{"/users/:id", true, "/users/42/", true, 10, "id=42", true},
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
			if _, simple := p.syntax.Segments(); simple != c.simple {
				t.Errorf("simple = %v, want %v", simple, c.simple)
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

// TestPathsAgainstPathToRegexp checks route matching against
// path-to-regexp 8 as Express 5's router calls it (end, case-insensitive,
// trailing slash allowed), run in Node from conformance/node_modules.
func TestPathsAgainstPathToRegexp(t *testing.T) {
	cases := []struct {
		pattern, path string
		ok            bool
		n             int    // length of the matched path
		params        string // sorted name=value, wildcards as [a b]
	}{
		{"/:a-:b", "/x-y", true, 4, "a=x b=y"},
		{"/:a-:b", "/x-y-z", true, 6, "a=x-y b=z"},
		{"/:a-:b", "/a--b", true, 5, "a=a- b=b"},
		{"/:a-:b", "/-x", false, 0, ""},
		{"/:file.:ext", "/a.js", true, 5, "ext=js file=a"},
		{"/:file.:ext", "/a.b.js", true, 7, "ext=js file=a.b"},
		{"/:file.:ext", "/.js", false, 0, ""},
		{"/:file.:ext", "/a.", false, 0, ""},
		{"/files/*path", "/files/a", true, 8, "path=[a]"},
		{"/files/*path", "/files/a/b/c", true, 12, "path=[a b c]"},
		{"/files/*path", "/files/", false, 0, ""},
		{"/files/*path", "/files", false, 0, ""},
		{"/*path.json", "/a/b.json", true, 9, "path=[a b]"},
		{"/*path.json", "/x.json", true, 7, "path=[x]"},
		{"/*path.json", "/.json", false, 0, ""},
		{"/users{/:id}/edit", "/users/edit", true, 11, ""},
		{"/users{/:id}/edit", "/users/5/edit", true, 13, "id=5"},
		{"/users{/:id}/edit", "/users//edit", false, 0, ""},
		{"/a{/b{/c}}", "/a", true, 2, ""},
		{"/a{/b{/c}}", "/a/b", true, 4, ""},
		{"/a{/b{/c}}", "/a/b/c", true, 6, ""},
		{"/a{/b{/c}}", "/a/c", false, 0, ""},
		{"/:a{-:b}", "/x", true, 2, "a=x"},
		{"/:a{-:b}", "/x-y", true, 4, "a=x b=y"},
		{"/:a{-:b}", "/x-y-z", true, 6, "a=x-y b=z"},
		{"/users/:id/", "/users/1", true, 8, "id=1"},
		{"/users/:id/", "/users/1/", true, 9, "id=1"},
		{"/users/:id/", "/users/1//", false, 0, ""},
		{"/:\"quoted name\"", "/v", true, 2, "quoted name=v"},
		{"/caf\u00e9/:x", "/caf%C3%A9/1", false, 0, ""},
		{"/caf\u00e9/:x", "/CAF%C3%A9/1", false, 0, ""},
		{"/A/:b", "/a/X", true, 4, "b=X"},
		{"/A/:b", "/A/x", true, 4, "b=x"},
		{"/:a/:b", "/1/2", true, 4, "a=1 b=2"},
		{"/:a/:b", "/1/2/", true, 5, "a=1 b=2"},
		{"/:a/:b", "/1", false, 0, ""},
		{"/:a/:b", "/1/2/3", false, 0, ""},
		{"/pre-:x", "/pre-", false, 0, ""},
		{"/pre-:x", "/pre-1", true, 6, "x=1"},
		{"/pre-:x", "/pre-1/", true, 7, "x=1"},
		{"/*a/*b", "/1/2", true, 4, "a=[1] b=[2]"},
		{"/*a/*b", "/1/2/3", true, 6, "a=[1 2] b=[3]"},
		{"/*a/*b", "/1", false, 0, ""},
	}
	for _, c := range cases {
		p, err := parsePattern(c.pattern, true, pathOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.pattern, err)
			continue
		}
		n, params, ok, err := p.match(c.path, nil)
		if err != nil || ok != c.ok {
			t.Errorf("%s on %s: ok=%v err=%v, want ok=%v", c.pattern, c.path, ok, err, c.ok)
			continue
		}
		if !ok {
			continue
		}
		var got []string
		for _, pr := range params {
			if pr.wild {
				got = append(got, pr.name+"=["+strings.Join(pr.values, " ")+"]")
			} else {
				got = append(got, pr.name+"="+pr.value)
			}
		}
		sort.Strings(got)
		if n != c.n || strings.Join(got, " ") != c.params {
			t.Errorf("%s on %s: n=%d params %q, want n=%d %q", c.pattern, c.path, n, strings.Join(got, " "), c.n, c.params)
		}
	}
}

// TestPathsRecorded replays package pathsyntax's records (Express's router
// in Node, over generated patterns and paths) through the adapter the
// router uses: options, parameter decoding and its errors included.
func TestPathsRecorded(t *testing.T) {
	raw, err := os.ReadFile("../pathsyntax/testdata/paths.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Cases []struct {
			Pattern   string `json:"p"`
			Prefix    bool   `json:"prefix"`
			Sensitive bool   `json:"sensitive"`
			Strict    bool   `json:"strict"`
			Err       string `json:"e"`
			Paths     []struct {
				Path      string               `json:"u"`
				Matched   *string              `json:"m"`
				Params    [][2]json.RawMessage `json:"q"`
				DecodeErr string               `json:"d"`
			} `json:"r"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	fails, n := 0, 0
	fail := func(format string, args ...any) {
		if fails++; fails <= 20 {
			t.Errorf(format, args...)
		}
	}
	for _, c := range rec.Cases {
		p, err := parsePattern(c.Pattern, !c.Prefix, pathOptions{caseSensitive: c.Sensitive, strict: c.Strict})
		if c.Err != "" || err != nil {
			if err == nil || err.Error() != c.Err {
				fail("parsePattern(%q) = %v, want %q", c.Pattern, err, c.Err)
			}
			continue
		}
		for _, w := range c.Paths {
			n++
			consumed, params, ok, err := p.match(w.Path, nil)
			switch {
			case w.DecodeErr != "":
				if err == nil || err.Error() != w.DecodeErr || !errors.Is(err, errDecodeParam) {
					fail("%q on %q: err %v, want %q", c.Pattern, w.Path, err, w.DecodeErr)
				}
				continue
			case err != nil || ok != (w.Matched != nil):
				fail("%q on %q: ok=%v err=%v, want ok=%v", c.Pattern, w.Path, ok, err, w.Matched != nil)
				continue
			case !ok:
				continue
			}
			got, want := map[string]string{}, map[string]string{}
			for _, pr := range params {
				if pr.wild {
					b, _ := json.Marshal(pr.values)
					got[pr.name] = string(b)
				} else {
					b, _ := json.Marshal(pr.value)
					got[pr.name] = string(b)
				}
			}
			for _, kv := range w.Params {
				var name string
				_ = json.Unmarshal(kv[0], &name)
				var v any
				_ = json.Unmarshal(kv[1], &v)
				b, _ := json.Marshal(v)
				want[name] = string(b)
			}
			if w.Path[:consumed] != *w.Matched || fmt.Sprint(got) != fmt.Sprint(want) {
				fail("%q on %q: %q %v, want %q %v", c.Pattern, w.Path, w.Path[:consumed], got, *w.Matched, want)
			}
		}
	}
	if n < 5000 {
		t.Errorf("only %d recorded paths replayed", n)
	}
}

// BenchmarkPathMatch matches the kinds of route paths plugins register:
// literal segments and parameters (the fast path), and patterns that need
// the general search.
func BenchmarkPathMatch(b *testing.B) {
	for _, c := range []struct{ pattern, path string }{
		{"/hello", "/hello"},
		{"/users/:id/posts/:post", "/users/42/posts/7"},
		{"/users/:id/posts/:post", "/users/42/comments/7"},
		{"/files/*path", "/files/a/b/c.txt"},
		{"/:file.:ext", "/archive.tar.gz"},
		{"/docs{/:section}{/:page}", "/docs/api/match"},
	} {
		p, err := parsePattern(c.pattern, true, pathOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.pattern+" "+c.path, func(b *testing.B) {
			params := make([]param, 0, 4)
			b.ReportAllocs()
			for b.Loop() {
				_, params, _, _ = p.match(c.path, params[:0])
			}
		})
	}
}
