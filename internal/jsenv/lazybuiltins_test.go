package jsenv

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsguard"
)

// In a runtime whose global object takes goja's built-ins on first read (as
// jsguard's does), Error's stack API, JSON.parse's messages and
// Symbol.asyncIterator are added on the first read of Error, JSON and
// Symbol, not at Install: a runtime that never
// names them does not build them. Once read, they are as in Node.
func TestBuiltinsCompletedOnFirstRead(t *testing.T) {
	vm := goja.New()
	if err := jsguard.Install(vm, jsguard.Config{}); err != nil {
		t.Fatal(err)
	}
	Install(vm, Config{})
	v, err := vm.RunString(`["Error", "JSON", "Symbol"].map((k) => Object.prototype.hasOwnProperty.call(globalThis, k)).join()`)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "false,false,false" {
		t.Errorf("after Install the global object owns Error, JSON, Symbol: %s, want false,false,false", v)
	}
	v, err = vm.RunString(`
		let msg = "";
		try { JSON.parse("{"); } catch (e) { msg = e.message; }
		const o = {};
		Error.captureStackTrace(o);
		const ai = Symbol.asyncIterator === Symbol.for("Symbol.asyncIterator");
		[typeof Error.captureStackTrace, Error.stackTraceLimit, typeof o.stack, msg, ai].join("|")`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "function|10|string|Expected property name or '}' in JSON at position 1|true"; v.String() != want {
		t.Errorf("got %s, want %s", v, want)
	}
}
