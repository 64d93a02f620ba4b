package jsguard

import (
	"testing"
	"time"
)

// TestLazyGroupsHaveNoHole reaches each lazily guarded global without
// reading its name first (through the global object's prototype, Reflect,
// a bound call, a function's global this, after shadowing and deleting
// it), each case in a fresh runtime, and expects the guard every time.
// The sources spell BigInt in pieces so that Compile does not enable it.
func TestLazyGroupsHaveNoHole(t *testing.T) {
	const tooMany = "RangeError: Invalid array length"
	for _, c := range []struct{ src, want string }{
		// BigInt, in a runtime without it
		{`Object.getPrototypeOf(globalThis)["Big" + "Int"](1)`, notEnabled},
		{`Reflect.get(globalThis, "Big" + "Int").asUintN(64, "5")`, notEnabled},
		{`Reflect.get(Object.getPrototypeOf(globalThis), "Big" + "Int", {}).asIntN(64, "5")`, notEnabled},
		{`Function.prototype.call.bind(Object.getPrototypeOf(globalThis)["Big" + "Int"])(null, 1)`, notEnabled},
		{`new Function("return this")()["Big" + "Int"].prototype.constructor(1)`, notEnabled},
		{`Reflect.apply(Object.getPrototypeOf(globalThis)["Big" + "Int"].prototype.constructor.asUintN, null, [64, "5"])`, notEnabled},
		{`globalThis["Big" + "Int"] = 5; delete globalThis["Big" + "Int"]; globalThis["Big" + "Int"](1)`, notEnabled},
		{`Object.defineProperty(globalThis, "Big" + "Int", {value: 5, configurable: true}); delete globalThis["Big" + "Int"]; globalThis["Big" + "Int"](1)`, notEnabled},
		{`Object.getPrototypeOf(globalThis)["Big" + "Int"] === globalThis["Big" + "Int"]`, "true"},
		{`Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), "Big" + "Int").value(1)`, notEnabled},
		{`const B = globalThis["Big" + "Int"]; B.prototype.constructor === B && B.name + B.length`, "BigInt1"},
		// eval, which refuses BigInt code in a runtime without it
		{`Object.getPrototypeOf(globalThis).eval("1" + "n")`, notEnabled},
		{`Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), "eval").value("1" + "n")`, notEnabled},
		{`Reflect.get(globalThis, "ev" + "al")("1" + "n")`, notEnabled},
		{`Function.prototype.call.bind(globalThis["ev" + "al"])(null, "1" + "n")`, notEnabled},
		{`Function("return eval")()("1" + "n")`, notEnabled},
		{`new Function("return this")().eval("1" + "n")`, notEnabled},
		{`Object.defineProperty(globalThis, "eval", {value: 1, configurable: true}); delete globalThis.eval; eval("1" + "n")`, notEnabled},
		{`globalThis.eval = 1; delete globalThis.eval; eval("1" + "n")`, notEnabled},
		{`(function () { var local = 1; return eval("typeof local"); })()`, "undefined"}, // indirect, first read included
		{`Object.getPrototypeOf(globalThis).eval === eval && eval.name + eval.length`, "eval1"},
		// the older groups, through the global object's prototype and Reflect
		{`new (Object.getPrototypeOf(globalThis).ArrayBuffer)(2 ** 30)`, "RangeError: Array buffer allocation failed"},
		{`new (Reflect.get(globalThis, "Uint8" + "Array"))(2 ** 30)`, "RangeError: Invalid typed array length: 1073741824"},
		{`Object.getPrototypeOf(globalThis).Reflect.apply(Math.max, null, {length: 2 ** 30})`, tooMany},
		{`new (Object.getPrototypeOf(globalThis).Set)({length: 2 ** 30})`, tooMany},
		{`Object.getPrototypeOf(globalThis).JSON.stringify(new Array(2 ** 15).fill("x".repeat(64)))`, "RangeError: Invalid string length"},
		{`new (Object.getPrototypeOf(globalThis).DataView)(new ArrayBuffer(8))["get" + "Big" + "Int64"](0)`, notEnabled},
		// instanceof through a constructor proxy, whose Symbol.hasInstance is
		// made on first use, after the plugin replaced the global Function
		{`globalThis.Function = null; [new Uint8Array(1) instanceof Uint8Array, (function () {}) instanceof (() => {}).constructor, {} instanceof Uint8Array].join()`, "true,true,false"},
		{`class U extends Uint8Array {}; [new U(1) instanceof U, new U(1) instanceof Uint8Array, new Uint8Array(1) instanceof U].join()`, "true,true,false"},
	} {
		if got := runCompiled(t, tableConfig, c.src, 20*time.Second); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestBigIntEagerWithBigInt: in a runtime with BigInt, a literal's
// constructor reaches BigInt without its name, so it is guarded at
// Install.
func TestBigIntEagerWithBigInt(t *testing.T) {
	const tooBig = "RangeError: " + tooBigMessage
	for _, c := range []struct{ src, want string }{
		{`(0n).constructor.asUintN(2 ** 40, -1n)`, tooBig},
		{`Object.getPrototypeOf(1n).constructor.asIntN(2 ** 40, -1n)`, tooBig},
		{`Reflect.apply(Object(1n).constructor, null, ["9".repeat(1e6)])`, "RangeError: " + tooBigMessage},
		// the helpers' errors are goja's, made on first throw, whatever
		// the plugin did to the global names
		{`globalThis.RangeError = null; try { 1n << 2n ** 40n } catch (e) { e.name + ": " + e.message + " " + (e instanceof Error) }`, tooBig + " true"},
		{`globalThis.TypeError = null; let o = null; try { o.x *= 2n } catch (e) { e.name + ": " + e.message }`, "TypeError: Cannot read properties of null"},
	} {
		if got := runCompiled(t, Config{}, c.src, 20*time.Second); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
