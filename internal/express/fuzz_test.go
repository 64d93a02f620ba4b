package express

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// Fuzz targets for what the Express layer parses from outside: route paths
// (from plugins) and the request paths matched against them, form bodies,
// media types, JSON bodies. Their seeds run as ordinary tests; run longer
// with, for example, go test -run '^$' -fuzz FuzzPathPattern ./internal/express.
// (The last line a fuzz run prints always reads "0/sec": it is the rate
// since the previous line, after the workers stopped; the line before it
// has the real rate.) Packages pathsyntax and form have their own targets.

func FuzzPathPattern(f *testing.F) {
	for _, s := range [][2]string{
		{"/users/:id", "/users/42"}, {"/:file.:ext", "/a.b.js"}, {"/files/*path", "/files/a/b"},
		{"/users{/:id}/edit", "/users/5/edit"}, {"/a{/b{/c}}", "/a/b/c"}, {"/:a-:b", "/x-y-z"},
		{"/%E2%9C%93/:x", "/%E2%9C%93/%zz"}, {"/{", "/"}, {"/:", "/x"}, {"/*", "/a"}, {"/(a)", "/a"},
		{"/*a-:p/*b", "/1-2/x-y"}, {"{/*a-*b}{/*c-*d}{/*e-*f}{/*g-*h}", "/a-b/c-d/e-f"}, {"/:a-:b", "/x--"},
	} {
		f.Add(s[0], s[1], true)
	}
	f.Fuzz(func(t *testing.T, pattern, path string, end bool) {
		p, err := parsePattern(pattern, end, pathOptions{})
		if err != nil {
			return // refused with an error: what plugins see at setup
		}
		n, params, ok, err := p.match(path, nil)
		if err != nil {
			if !errors.Is(err, errDecodeParam) {
				t.Fatalf("%q on %q: %v", pattern, path, err)
			}
			return
		}
		if !ok {
			return
		}
		if n < 0 || n > len(path) || end && n != len(path) {
			t.Fatalf("%q matched %q over %d bytes", pattern, path, n)
		}
		for _, pr := range params {
			if pr.name == "" && !pr.wild {
				t.Fatalf("%q on %q gave a parameter without a name", pattern, path)
			}
		}
	})
}

func FuzzQsParse(f *testing.F) {
	for _, s := range []string{"a=1&a=2", "a[b]=1&a=2", "a[0]=x&a[2]=y", "a[b][c][d]=1", "%5Ba%5D=1", "a=%E9", "=&&=x", "a[]=1&a[]=2", "a[__proto__]=1", "a[" + strings.Repeat("[", 50) + "]=1",
		"a[102]=1&a=x", "a=y&a[99]=x", "a[][102]=1&a[]=2", "1=a&0=b&a=c"} {
		f.Add(s, 5, false)
	}
	f.Fuzz(func(t *testing.T, form string, depth int, latin1 bool) {
		if depth < 0 || depth > 64 {
			return
		}
		obj, err := qsParse(form, qsOptions{depth: depth, arrayLimit: 100, latin1: latin1})
		if err != nil {
			if err != errQsDepth {
				t.Fatalf("qsParse(%q): unexpected error %v", form, err)
			}
			return
		}
		if obj == nil {
			t.Fatalf("qsParse(%q) returned nothing", form)
		}
	})
}

func FuzzMediaType(f *testing.F) {
	for _, s := range []string{"text/html; charset=utf-8", "application/json;q=0.5, */*", `a/b; x="y\"z"`, "/", ";;", "text/*;q=", "\x00/\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		for i := 0; i < len(h); {
			_, end := parseMediaType(h, i, true)
			if end <= i {
				if end < i {
					t.Fatalf("parseMediaType(%q, %d) went back to %d", h, i, end)
				}
				break
			}
			i = end + 1
		}
		_ = matchContentTypeOK(h)
	})
}

func matchContentTypeOK(h string) bool {
	_, ok := matchContentType(h, []string{"json", "text/*", "+json", "*/*"})
	return ok
}

// FuzzCheckJSON holds checkJSON to encoding/json: a text is valid for one
// exactly when it is for the other (within the nesting bound).
func FuzzCheckJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `[1,]`, `"\u12"`, `-0.5e-3`, `01`, ` `, `{"a":1}}`, "\"\x01\"", `[[[[]]]]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		msg, tooDeep := checkJSON(s, 64)
		if tooDeep {
			return
		}
		if valid := json.Valid([]byte(s)); valid != (msg == "") {
			t.Fatalf("checkJSON(%q) = %q, encoding/json says valid=%v", s, msg, valid)
		}
	})
}
