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
			} {
				got, _ := run(t, vm, src, time.Minute)
				if got != want {
					t.Errorf("%s = %q, want %q", src, got, want)
				}
			}
		})
	}
}
