package jsguard

import (
	"testing"

	"github.com/dop251/goja"
)

// FuzzJSONParse: the guarded JSON.parse (which scans the text for its
// nesting first) answers what goja's own answers, for any text within the
// bounds: the scan never refuses valid JSON, however its strings and
// escapes hide brackets. Run longer with
//
//	go test -run '^$' -fuzz '^FuzzJSONParse$' -fuzztime 3m ./internal/jsguard/
func FuzzJSONParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":"]]]\"[[["}]}`, `"\\"`, `[[[[]]]]`, `{"x":"\\\"}"}`, `[1,]`, `]]]`, `"unterminated`, "[\"\\u005b\"]", `{"__proto__":[]}`} {
		f.Add(s)
	}
	cfg := Config{MaxDepth: 8, MaxAllocBytes: 1 << 16}
	f.Fuzz(func(t *testing.T, text string) {
		guarded, plain := newGuarded(t, cfg), goja.New()
		show := `(function (s) { try { return JSON.stringify(JSON.parse(s)) } catch (e) { return e.name } })`
		g, err := guarded.RunString(show)
		if err != nil {
			t.Fatal(err)
		}
		p, err := plain.RunString(show)
		if err != nil {
			t.Fatal(err)
		}
		gf, _ := goja.AssertFunction(g)
		pf, _ := goja.AssertFunction(p)
		want, err := pf(nil, plain.ToValue(text))
		if err != nil {
			t.Skip("goja itself fails:", err)
		}
		got, err := gf(nil, guarded.ToValue(text))
		if err != nil {
			t.Fatalf("guarded: %v", err)
		}
		if got.String() == "RangeError" && want.String() != "RangeError" {
			// Refused: only for nesting past MaxDepth or values past the
			// bound, which the plain parse then shows.
			depth, maxDepth, in := 0, 0, false
			for i := 0; i < len(text); i++ {
				switch c := text[i]; {
				case in && c == '\\':
					i++
				case c == '"':
					in = !in
				case !in && (c == '[' || c == '{'):
					depth++
					maxDepth = max(maxDepth, depth)
				case !in && (c == ']' || c == '}'):
					depth--
				}
			}
			if maxDepth <= cfg.MaxDepth && int64(len(text))*slotBytes <= cfg.MaxAllocBytes {
				t.Fatalf("JSON.parse(%q) refused; goja answers %s", text, want)
			}
			return
		}
		if got.String() != want.String() {
			t.Fatalf("JSON.parse(%q): guarded %s, plain %s", text, got, want)
		}
	})
}
