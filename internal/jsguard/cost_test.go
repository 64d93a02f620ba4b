package jsguard

import (
	"runtime"
	"testing"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsenv"
)

// heapPerRuntime builds n runtimes with make, keeps them all alive, and
// returns the live heap they add, per runtime, after a full GC.
func heapPerRuntime(n int, make func() *goja.Runtime) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	vms := make_(n, make)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(vms)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
}

func make_(n int, f func() *goja.Runtime) []*goja.Runtime {
	vms := make([]*goja.Runtime, n)
	for i := range vms {
		vms[i] = f()
	}
	return vms
}

// TestHeapPerRuntime logs the live heap that Install adds to a runtime,
// measured over 300 runtimes kept alive (go test -v -run HeapPerRuntime):
// bare, and after the same common work in both.
func TestHeapPerRuntime(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap")
	}
	const n = 300
	const warm = `[1, 2].map(x => x).join(); "a-b".split("-").concat([]).indexOf("a"); "x".replace(/x/, "y").padEnd(3).repeat(2);
		JSON.stringify(JSON.parse("{}")); "A".toLowerCase(); Object.keys({}); (async () => {})()`
	for _, c := range []struct {
		name string
		env  bool
		src  string
	}{{"fresh", false, ""}, {"after common work", false, warm}, {"with the environment, after common work", true, warm}} {
		build := func(guarded, noBigInt bool) func() *goja.Runtime {
			return func() *goja.Runtime {
				vm := goja.New()
				if guarded {
					if err := Install(vm, Config{DisableBigInt: noBigInt}); err != nil {
						t.Fatal(err)
					}
				}
				if c.env {
					jsenv.Install(vm, jsenv.Config{})
				}
				if c.src != "" {
					if _, err := vm.RunString(c.src); err != nil {
						t.Fatal(err)
					}
				}
				return vm
			}
		}
		plain := heapPerRuntime(n, build(false, false))
		guarded := heapPerRuntime(n, build(true, true))
		withBigInt := heapPerRuntime(n, build(true, false))
		t.Logf("%s: plain %.1f KB, guarded %.1f KB per runtime: Install adds %.1f KB (%.1f KB with BigInt)",
			c.name, plain/1024, guarded/1024, (guarded-plain)/1024, (withBigInt-plain)/1024)
	}
}

// BenchmarkInstallRetained reports, as retained-B/runtime, the live heap
// that Install adds to a runtime and keeps after a full GC, measured over
// 300 runtimes kept alive (the figure TestHeapPerRuntime logs, in a form
// benchstat can compare): on a fresh runtime, with and without BigInt, and
// on one with the environment installed after it.
func BenchmarkInstallRetained(b *testing.B) {
	const n = 300
	for _, c := range []struct {
		name string
		cfg  Config
		env  bool
	}{
		{"fresh/noBigInt", Config{DisableBigInt: true}, false},
		{"fresh/BigInt", Config{}, false},
		{"env/noBigInt", Config{DisableBigInt: true}, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			build := func(guarded bool) func() *goja.Runtime {
				return func() *goja.Runtime {
					vm := goja.New()
					if guarded {
						if err := Install(vm, c.cfg); err != nil {
							b.Fatal(err)
						}
					}
					if c.env {
						jsenv.Install(vm, jsenv.Config{NoBigInt: c.cfg.DisableBigInt})
					}
					return vm
				}
			}
			var added float64
			for b.Loop() {
				added = heapPerRuntime(n, build(true)) - heapPerRuntime(n, build(false))
			}
			b.ReportMetric(added, "retained-B/runtime")
			b.ReportMetric(0, "ns/op")
		})
	}
}
