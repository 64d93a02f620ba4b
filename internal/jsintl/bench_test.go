package jsintl

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkInstall measures what Install adds to a runtime that never uses
// Intl (the runtime itself is made outside the timer).
func BenchmarkInstall(b *testing.B) {
	vms := make([]*goja.Runtime, b.N)
	for i := range vms {
		vms[i] = goja.New()
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Install(vms[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInstallWarm is Install on runtimes whose Date, Number, String
// and BigInt goja has already built (goja builds builtins on first use, and
// Install's prototype methods make it build those four).
func BenchmarkInstallWarm(b *testing.B) {
	vms := make([]*goja.Runtime, b.N)
	for i := range vms {
		vms[i] = goja.New()
		if _, err := vms[i].RunString("Date.prototype; Number.prototype; String.prototype; BigInt.prototype"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Install(vms[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstUse measures building Intl on first use and one format.
func BenchmarkFirstUse(b *testing.B) {
	vms := make([]*goja.Runtime, b.N)
	for i := range vms {
		vms[i] = goja.New()
		if err := Install(vms[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vms[i].RunString(`new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(0)`); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToLocaleString measures the no-argument fast path.
func BenchmarkToLocaleString(b *testing.B) {
	vm := goja.New()
	if err := Install(vm); err != nil {
		b.Fatal(err)
	}
	fn, err := vm.RunString(`(function () { return new Date(1796102432123).toLocaleString(); })`)
	if err != nil {
		b.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := call(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestInstallIsLazy(t *testing.T) {
	vm := newVM(t)
	v, err := vm.RunString(`[typeof Intl, Object.prototype.toString.call(Intl), (() => { Intl = 5; return Intl; })()].join("|")`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != "object|[object Intl]|5" {
		t.Fatalf("got %q", got)
	}
}

// TestDateIsLazy checks the global Date that replaces its methods on first
// read: Node's strings from the first Date on, Node's property attributes
// after that read, and a plugin's own Date kept.
func TestDateIsLazy(t *testing.T) {
	vm := newVM(t)
	v, err := vm.RunString(`const d = new Date(0); const p = Object.getOwnPropertyDescriptor(globalThis, "Date");
[d.toString(), d.toTimeString(), d.toLocaleString("en-US", { timeZone: "UTC" }), d.toLocaleDateString("en-GB", { timeZone: "UTC" }), d.toLocaleTimeString("en-US", { timeZone: "UTC" }),
 typeof p.value, p.writable, p.enumerable, p.configurable, Date === d.constructor, (() => { Date = 5; return Date; })()].join("|")`)
	if err != nil {
		t.Fatal(err)
	}
	want := "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)|00:00:00 GMT+0000 (Coordinated Universal Time)|1/1/1970, 12:00:00 AM|01/01/1970|12:00:00 AM|function|true|false|true|true|5"
	if got := v.String(); got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	vm = newVM(t)
	if v, err = vm.RunString(`Date = function Mine() {}; Date.name`); err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != "Mine" {
		t.Fatalf("a plugin's own Date: got %q", got)
	}
}

// TestNoBigIntLeavesBigIntAlone: without BigInt, Install does not read the
// global BigInt (a getter stands in for a guard that reading would build)
// and still replaces Number's method; with it, BigInt's is replaced too.
func TestNoBigIntLeavesBigIntAlone(t *testing.T) {
	for _, noBigInt := range []bool{true, false} {
		vm := goja.New()
		if _, err := vm.RunString(`var reads = 0; const B = BigInt;
			Object.defineProperty(globalThis, "BigInt", { get() { reads++; return B; }, configurable: true });`); err != nil {
			t.Fatal(err)
		}
		if err := InstallOptions(vm, Options{NoBigInt: noBigInt}); err != nil {
			t.Fatal(err)
		}
		v, err := vm.RunString(`[reads, (1234.5).toLocaleString(), B.prototype.toLocaleString.call(12345n)].join("|")`)
		if err != nil {
			t.Fatal(err)
		}
		want := "0|1,234.5|12345" // goja's own BigInt method has no grouping
		if !noBigInt {
			want = "1|1,234.5|12,345"
		}
		if got := v.String(); got != want {
			t.Errorf("NoBigInt %v: got %q, want %q", noBigInt, got, want)
		}
	}
}
