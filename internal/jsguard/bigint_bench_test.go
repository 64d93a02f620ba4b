package jsguard

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// npmBundles are the root package's bundles of npm packages (its
// testdata), the large real programs Compile is measured on, made into
// what the loader compiles: CommonJS from esbuild, wrapped in a function.
func npmBundles(tb testing.TB) map[string]string {
	tb.Helper()
	files, _ := filepath.Glob("../../testdata/npm-compat/dist/*.js")
	if len(files) == 0 {
		tb.Skip("no bundles in ../../testdata/npm-compat/dist")
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		res := api.Transform(string(b), api.TransformOptions{
			Format:    api.FormatCommonJS,
			Target:    api.ES2020,
			Supported: map[string]bool{"for-await": false, "async-generator": false},
			Charset:   api.CharsetUTF8,
		})
		if len(res.Errors) > 0 {
			tb.Fatalf("%s: %v", f, res.Errors[0].Text)
		}
		out[filepath.Base(f)] = "(function (exports, require, module) {\n" + string(res.Code) + "\n})"
	}
	return out
}

// TestCompileBundles compiles the npm bundles with Compile and runs them
// in a runtime with the capability each needs; it logs which use BigInt
// and how many operators were rewritten (go test -v -run CompileBundles).
func TestCompileBundles(t *testing.T) {
	for name, src := range npmBundles(t) {
		p, err := Compile(name, src, false)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		vm := goja.New()
		if err := Install(vm, Config{DisableBigInt: !p.UsesBigInt}); err != nil {
			t.Fatal(err)
		}
		if _, err := vm.RunProgram(p.Program); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		t.Logf("%-24s %7d bytes: uses BigInt %-5v, %d operators guarded", name, len(src), p.UsesBigInt, p.GuardedOps)
	}
}

// BenchmarkCompile compares goja.Compile with Compile on large bundles:
// graphql (no BigInt: Compile's text test answers at once) and zod (uses
// BigInt: walked and rewritten); and times the text test and the walk
// that decides whether a program uses BigInt on their own (the walk stops
// at zod's first use; graphql's is the whole walk, which Compile skips).
func BenchmarkCompile(b *testing.B) {
	bundles := npmBundles(b)
	for _, name := range []string{"graphql.js", "zod.js"} {
		src := bundles[name]
		b.Run(name+"/goja.Compile", func(b *testing.B) {
			for b.Loop() {
				if _, err := goja.Compile(name, src, false); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/jsguard.Compile", func(b *testing.B) {
			for b.Loop() {
				if _, err := Compile(name, src, false); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/text test", func(b *testing.B) {
			for b.Loop() {
				mayUseBigInt(src)
			}
		})
		b.Run(name+"/detection walk", func(b *testing.B) {
			prg, err := goja.Parse(name, src)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				usesBigInt(prg)
			}
		})
	}
}

// arithLoops are the loops BenchmarkArith times: Number arithmetic on
// variables (every operator rewritten in a program that uses BigInt), on
// literals (left as it is), comparisons of variables (rewritten), and
// BigInt arithmetic.
var arithLoops = map[string]string{
	"numbers":     `(function () { let s = 0, a = 3, b = 2; for (let i = 0; i < 10000; i++) { s += (i * a) + (a ** b) + (i << b) + (i >> b); } return s; })`,
	"literals":    `(function () { let s = 0; for (let i = 0; i < 10000; i++) { s += (i * 3) + (i ** 2) + (i << 2) + (i >> 2); } return s; })`,
	"comparisons": `(function () { const a = [1, 2, 3, 4, 5, 6, 7, 8]; let c = 0, n = a.length, x = 3; for (let i = 0; i < 2000; i++) { for (let j = 0; j < n; j++) { if (a[j] == x || a[j] > x) c++; } } return c; })`,
	"bigints":     `(function () { let s = 0n, a = 3n, b = 2n; for (let i = 0n; i < 10000n; i++) { s += (i * a) + (a ** b) + (i << b) + (i >> b); } return s; })`,
}

// BenchmarkArith times 10,000 iterations of each loop, compiled by
// goja.Compile in a plain runtime ("plain") and by Compile, with BigInt
// mentioned so that it is rewritten, in a guarded runtime ("guarded").
func BenchmarkArith(b *testing.B) {
	for _, name := range []string{"numbers", "literals", "comparisons", "bigints"} {
		src := arithLoops[name]
		for _, mode := range []string{"plain", "guarded"} {
			b.Run(name+"/"+mode, func(b *testing.B) {
				vm := goja.New()
				var prog *goja.Program
				if mode == "plain" {
					prog = goja.MustCompile("arith.js", src, false)
				} else {
					if err := Install(vm, Config{}); err != nil {
						b.Fatal(err)
					}
					p, err := Compile("arith.js", "BigInt, "+src, false)
					if err != nil {
						b.Fatal(err)
					}
					prog = p.Program
				}
				v, err := vm.RunProgram(prog)
				if err != nil {
					b.Fatal(err)
				}
				f, _ := goja.AssertFunction(v)
				for b.Loop() {
					if _, err := f(nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
