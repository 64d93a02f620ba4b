package plugmux

import (
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"
)

// wholeSourceMapRef is the plain definition of lastSourceMapRef: the last
// match of a multi-line expression over the whole source.
var wholeSourceMapRef = regexp.MustCompile(`(?m)^[ \t]*//[#@][ \t]*sourceMappingURL=([^\s'"]+)[ \t]*$`)

// TestLastSourceMapRefAgreesWithTheWholeSourceExpression compares the
// line-by-line search with the definition on generated sources.
func TestLastSourceMapRefAgreesWithTheWholeSourceExpression(t *testing.T) {
	parts := []string{"\n", "\r\n", " ", "\t", "//", "//#", "//@", "# ", "sourceMappingURL=", "a.js.map", "data:x",
		"'", `"`, "x", "code();", "/* sourceMappingURL=b.map */", "\n//# sourceMappingURL=c.map", "sourceMappingURL=d.map\n"}
	rng := rand.New(rand.NewPCG(14, 2))
	found := 0
	for n := range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		src := b.String()
		var want [4]int
		locs := wholeSourceMapRef.FindAllStringSubmatchIndex(src, -1)
		if len(locs) > 0 {
			copy(want[:], locs[len(locs)-1])
			found++
		}
		got, ok := lastSourceMapRef(src)
		if ok != (len(locs) > 0) || got != want {
			t.Fatalf("case %d %q: got %v %v, want %v %v", n, src, got, ok, want, len(locs) > 0)
		}
	}
	if found < 1000 {
		t.Errorf("only %d of the generated sources have a reference", found)
	}
	t.Logf("%d of 20000 generated sources have a reference", found)
}

// BenchmarkSourceMapRef finds the reference in graphql's 716 KB bundle,
// line by line and with the whole-source expression.
func BenchmarkSourceMapRef(b *testing.B) {
	data, err := os.ReadFile("testdata/npm-compat/dist/graphql.js")
	if err != nil {
		b.Skip(err)
	}
	src := string(data)
	b.Run("lines", func(b *testing.B) {
		for b.Loop() {
			lastSourceMapRef(src)
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			wholeSourceMapRef.FindAllStringSubmatchIndex(src, -1)
		}
	})
}
