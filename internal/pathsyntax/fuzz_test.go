package pathsyntax

import (
	"strings"
	"testing"
)

// FuzzMatch compiles any pattern and matches any path with it. A match
// spans a prefix of the path and its captures lie within it; a pattern with
// a segment form matches exactly as the general search does.
func FuzzMatch(f *testing.F) {
	for _, s := range [][2]string{
		{"/users/:id", "/users/42"}, {"/:file.:ext", "/a.b.js"}, {"/files/*path", "/files/a/b"},
		{"/users{/:id}/edit", "/users/5/edit"}, {"/a{/b{/c}}", "/a/b/c"}, {"/:a-:b", "/x--"},
		{"/*a-:p/*b", "/1-2/x-y"}, {"/%E2%9C%93/:x", "/%E2%9C%93/%zz"}, {"/{", "/"}, {"/:", "/x"},
		{"/(a)", "/a"}, {"/:\"a b\"", "/x"}, {"{/a}{/a}{/a}{/a}{/a}{/a}{/a}{/a}", "/a/a/a"}, {"/Été/:x", "/été/1"},
	} {
		f.Add(s[0], s[1], uint8(0))
		f.Add(s[0], s[1], uint8(7))
	}
	f.Fuzz(func(t *testing.T, pattern, path string, flags uint8) {
		o := Options{CaseSensitive: flags&1 != 0, Strict: flags&2 != 0, Prefix: flags&4 != 0}
		p, err := Compile(pattern, o)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("Compile(%q): %T %v", pattern, err, err)
			}
			return
		}
		n, caps, ok := p.Match(path, nil)
		if !ok {
			if n != 0 || len(caps) != 0 {
				t.Fatalf("%q on %q: no match, but n=%d caps=%v", pattern, path, n, caps)
			}
		} else {
			if n < 0 || n > len(path) || !o.Prefix && n != len(path) {
				t.Fatalf("%q %+v on %q: matched %d bytes", pattern, o, path, n)
			}
			for _, c := range caps {
				if c.Name == "" || c.Raw == "" || !strings.Contains(path[:n], c.Raw) {
					t.Fatalf("%q on %q: capture %+v outside the match %q", pattern, path, c, path[:n])
				}
			}
		}
		if p.segmented {
			general := *p
			general.segmented = false
			gn, gcaps, gok := general.Match(path, nil)
			if gok != ok || gn != n || len(gcaps) != len(caps) {
				t.Fatalf("%q %+v on %q: segments say %v %d %v, the search %v %d %v", pattern, o, path, ok, n, caps, gok, gn, gcaps)
			}
			for i := range caps {
				if caps[i] != gcaps[i] {
					t.Fatalf("%q on %q: segments capture %+v, the search %+v", pattern, path, caps[i], gcaps[i])
				}
			}
		}
	})
}
