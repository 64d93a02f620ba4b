package jsguard

import (
	"fmt"
	"testing"

	"github.com/dop251/goja"
)

// TestBigStrings: repeat, padStart and padEnd past bigResult (built by the
// guard) give exactly goja's own results, for ASCII and UTF-16 strings,
// lone surrogates, a fill cut in a surrogate pair, at and around the
// sizes where the guard takes over.
func TestBigStrings(t *testing.T) {
	guarded, plain := newGuarded(t, Config{}), goja.New()
	var cases []string
	sizes := []int{bigResult - 1, bigResult, bigResult + 1, 3<<19 + 7}
	for _, s := range []string{`"ab"`, `"x"`, `"\u00e9b"`, `"\ud800"`, `"abc\u0100d"`, `"\ud83d\ude00"`} {
		for _, n := range sizes {
			cases = append(cases, fmt.Sprintf("%s.repeat(Math.ceil(%d / %s.length))", s, n, s))
		}
	}
	for _, this := range []string{`""`, `"xyz"`, `"\u00e9"`} {
		for _, fill := range []string{"", `, "ab"`, `, "\ud83d\ude00"`, `, ""`, `, "\u00e9-"`, `, undefined`} {
			for _, n := range sizes {
				cases = append(cases, fmt.Sprintf("%s.padStart(%d%s)", this, n, fill), fmt.Sprintf("%s.padEnd(%d%s)", this, n, fill))
			}
		}
	}
	cases = append(cases, `"ab".repeat(2**19 + 0.5)`, `String.prototype.repeat.call(12, 2**19)`, `"ab".padEnd(2**20 + 0.9, "c")`)
	for _, src := range cases {
		want, err := plain.RunString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		got, err := guarded.RunString(src)
		if err != nil {
			t.Fatalf("%s: guarded: %v", src, err)
		}
		if !got.StrictEquals(want) {
			t.Errorf("%s: the guarded result (length %d) differs from goja's (length %d)", src, got.(goja.String).Length(), want.(goja.String).Length())
		}
	}
	t.Logf("%d cases", len(cases))
}
