package jsguard

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkInstall measures what Install adds to a fresh runtime (the
// runtime's own creation is measured by BenchmarkNewRuntime).
func BenchmarkInstall(b *testing.B) { benchmarkInstall(b, Config{}) }

// BenchmarkInstallNoBigInt is BenchmarkInstall for a runtime without
// BigInt, as most plugins' runtimes are (their programs do not use it).
func BenchmarkInstallNoBigInt(b *testing.B) { benchmarkInstall(b, Config{DisableBigInt: true}) }

func benchmarkInstall(b *testing.B, cfg Config) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		vm := goja.New()
		b.StartTimer()
		if err := Install(vm, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInstallWarm is Install on a runtime that has already used the
// common built-ins (as a runtime with the environment and Express has):
// what the guard adds to a real runtime.
func BenchmarkInstallWarm(b *testing.B) {
	const warm = `[1, 2].map(x => x).join(); "a-b".split("-").concat([]).indexOf("a"); "x".replace(/x/, "y").padEnd(3).repeat(2);
		JSON.stringify(JSON.parse("{}")); new Uint8Array(4).join(); Reflect.apply(Math.max, null, [1]); "A".toLowerCase();
		Object.keys({}); Promise.all([]); (async () => {})(); new Set([1]); Math.max.apply(null, [1])`
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		vm := goja.New()
		if _, err := vm.RunString(warm); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := Install(vm, Config{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewRuntime(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = goja.New()
	}
}

// BenchmarkCalls measures what the guard adds to common calls of guarded
// built-ins.
func BenchmarkCalls(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"split", `() => "a-b-c".split("-")`},
		{"map", `(() => { const a = [1, 2, 3]; return () => a.map(x => x) })()`},
		{"join", `(() => { const a = [1, "b", 3]; return () => a.join() })()`},
		{"toLowerCase", `() => "ABC".toLowerCase()`},
		{"replace", `() => "a.b.c".replace(/\./g, "/")`},
		{"apply", `(() => { const f = (a, b) => a; return () => f.apply(null, [1, 2]) })()`},
		{"JSON.parse", `(() => { const s = '{"a":1,"b":[1,2],"c":"x"}'; return () => JSON.parse(s) })()`},
		{"global miss", `() => { let n = 0; for (let i = 0; i < 1000; i++) if (typeof notDefinedAnywhere === "undefined") n++; return n }`},
		{"global hit", `() => { let n = 0; for (let i = 0; i < 1000; i++) if (typeof Math === "object") n++; return n }`},
		{"for-of", `(() => { const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; return () => { let s = 0; for (const x of a) s += x; return s } })()`},
		{"spread", `(() => { const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; return () => [...a] })()`},
		{"Array.from", `(() => { const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; return () => Array.from(a) })()`},
		{"new Set", `(() => { const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; return () => new Set(a) })()`},
		{"new Uint8Array", `(() => { const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; return () => new Uint8Array(a) })()`},
	} {
		for _, guarded := range []bool{false, true} {
			name := c.name + "/plain"
			if guarded {
				name = c.name + "/guarded"
			}
			b.Run(name, func(b *testing.B) {
				vm := goja.New()
				if guarded {
					if err := Install(vm, Config{}); err != nil {
						b.Fatal(err)
					}
				}
				f, err := vm.RunString(c.src)
				if err != nil {
					b.Fatal(err)
				}
				call, _ := goja.AssertFunction(f)
				for b.Loop() {
					if _, err := call(nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkStringify compares a 10-field object through the guarded
// JSON.stringify (which walks with a replacer) and the plain one.
func BenchmarkStringify(b *testing.B) {
	const src = `const o = {a: 1, b: "two", c: true, d: null, e: [1, 2, 3], f: {g: 1}, h: 1.5, i: "x".repeat(20), j: 0, k: "k"}; () => JSON.stringify(o)`
	for _, guarded := range []bool{false, true} {
		name := "plain"
		if guarded {
			name = "guarded"
		}
		b.Run(name, func(b *testing.B) {
			vm := goja.New()
			if guarded {
				if err := Install(vm, Config{}); err != nil {
					b.Fatal(err)
				}
			}
			f, err := vm.RunString(src)
			if err != nil {
				b.Fatal(err)
			}
			call, _ := goja.AssertFunction(f)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := call(nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFirstUseOfLazyGroups is what a runtime pays, after Install, the
// first time it touches the lazily guarded globals: typed arrays and
// ArrayBuffer, JSON, Reflect and Set.
func BenchmarkFirstUseOfLazyGroups(b *testing.B) {
	prog := goja.MustCompile("touch", "Uint8Array; JSON; Reflect; Set", true)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		vm := goja.New()
		if err := Install(vm, Config{}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := vm.RunProgram(prog); err != nil {
			b.Fatal(err)
		}
	}
}
