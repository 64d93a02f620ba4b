package jsguard

import (
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsenv"
)

// TestWithEnvironment: the guard installed first, then the environment (as
// a runtime does): both layers of lazy globals resolve, what the
// environment builds on typed arrays works, and the guard still holds.
func TestWithEnvironment(t *testing.T) {
	for _, order := range []string{"guard first", "environment first"} {
		t.Run(order, func(t *testing.T) {
			vm := goja.New()
			vm.SetMaxCallStackSize(1000)
			if order == "guard first" {
				if err := Install(vm, Config{}); err != nil {
					t.Fatal(err)
				}
				jsenv.Install(vm, jsenv.Config{})
			} else {
				jsenv.Install(vm, jsenv.Config{})
				if err := Install(vm, Config{}); err != nil {
					t.Fatal(err)
				}
			}
			for src, want := range map[string]string{
				`Buffer.from("abc").toString("hex")`:                           "616263",
				`Buffer.from("x") instanceof Uint8Array`:                       "true",
				`new TextEncoder().encode("hé").join()`:                        "104,195,169",
				`new TextEncoder().encode("x") instanceof Uint8Array`:          "true",
				`new URL("https://a/b?c=1").searchParams.get("c")`:             "1",
				`JSON.stringify(structuredClone({a: [1, new Uint8Array(2)]}))`: `{"a":[1,{"0":0,"1":0}]}`,
				`new Uint8Array(2**40)`:                                        "RangeError: Invalid typed array length: 1099511627776",
				`"x".repeat(2**40)`:                                            "RangeError: Invalid string length",
				`typeof Buffer + typeof Uint8Array + typeof JSON`:              "functionfunctionobject",
				`globalThis.globalThis === globalThis && this === globalThis`:  "true",
				`new globalThis.Float32Array(2**40)`:                           "RangeError: Invalid typed array length: 1099511627776",
				`new (Function("return this")().ArrayBuffer)(2**40)`:           "RangeError: Array buffer allocation failed",
			} {
				got, _ := run(t, vm, src, time.Minute)
				if got != want {
					t.Errorf("%s = %q, want %q", src, got, want)
				}
			}
		})
	}
}

// TestInstallAfterScript: Install on a runtime where a script and the Go
// program have set globals already: they are kept (as ordinary
// properties), goja's old global object stays out of reach, and the guard
// holds.
func TestInstallAfterScript(t *testing.T) {
	vm := goja.New()
	if _, err := vm.RunString(`var early = 1; globalThis.g1 = globalThis; Object.defineProperty(globalThis, "hidden", {value: 2, enumerable: false}); globalThis`); err != nil {
		t.Fatal(err)
	}
	if err := vm.Set("fromGo", 3); err != nil {
		t.Fatal(err)
	}
	if err := Install(vm, Config{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ src, want string }{
		{`early + hidden + fromGo`, "6"},
		{`g1.g1 === globalThis && this === g1`, "true"},
		{`globalThis.globalThis === globalThis`, "true"},
		{`new globalThis.globalThis.Uint8Array(2**40)`, "RangeError: Invalid typed array length: 1099511627776"},
		{`"hidden" in globalThis && typeof notThere`, "undefined"},
		{`delete globalThis.fromGo; typeof fromGo`, "undefined"},
	} {
		got, _ := run(t, vm, c.src, time.Minute)
		if got != c.want {
			t.Errorf("%s = %q, want %q", c.src, got, c.want)
		}
	}
}
