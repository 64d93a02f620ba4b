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

// TestConsoleBuiltOnFirstRead checks Config.Console: not called until
// the plugin reads console, then once, and defined as Node defines it; a
// console assigned before any read stays, and the host's is never built.
func TestConsoleBuiltOnFirstRead(t *testing.T) {
	for _, guarded := range []bool{false, true} {
		newRuntime := func() (*goja.Runtime, *int) {
			vm := goja.New()
			if guarded {
				if err := jsguard.Install(vm, jsguard.Config{}); err != nil {
					t.Fatal(err)
				}
			}
			built := 0
			Install(vm, Config{Console: func() goja.Value {
				built++
				c := vm.NewObject()
				if err := c.Set("log", func(goja.FunctionCall) goja.Value { return vm.ToValue("logged") }); err != nil {
					t.Fatal(err)
				}
				return c
			}})
			return vm, &built
		}
		vm, built := newRuntime()
		v, err := vm.RunString(`"use strict"; const own = Object.prototype.hasOwnProperty.call(globalThis, "console");
			const before = [own, "console" in globalThis].join();
			const d = Object.getOwnPropertyDescriptor(globalThis, "console"); // not own yet: undefined
			[before, d === undefined, typeof console, console.log(), console === globalThis.console,
			 JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "console"), ["writable", "enumerable", "configurable"]),
			 Object.keys(globalThis).includes("console")].join("|")`)
		if err != nil {
			t.Fatal(err)
		}
		want := `false,true|true|object|logged|true|{"writable":true,"enumerable":false,"configurable":true}|false`
		if v.String() != want || *built != 1 {
			t.Errorf("guarded %v: %s, console built %d times; want %s, once", guarded, v, *built, want)
		}

		vm, built = newRuntime()
		v, err = vm.RunString(`console = { log: () => "mine" }; console.log()`)
		if err != nil {
			t.Fatal(err)
		}
		if v.String() != "mine" || *built != 0 {
			t.Errorf("guarded %v: an assigned console answers %s, the host's built %d times; want mine, never", guarded, v, *built)
		}
	}
}
