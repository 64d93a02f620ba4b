package jsguard

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// runCompiled compiles src with Compile, runs it in a runtime whose BigInt
// capability is the program's (or disabled if disable is set), and renders
// the result or the error as "Name: message". A case that runs past limit
// is interrupted, so that a missing guard fails the test instead of
// hanging it.
func runCompiled(t testing.TB, cfg Config, src string, limit time.Duration) string {
	t.Helper()
	p, err := Compile("case.js", src, false)
	if err != nil {
		return "compile: " + err.Error()
	}
	cfg.DisableBigInt = cfg.DisableBigInt || !p.UsesBigInt
	vm := goja.New()
	vm.SetMaxCallStackSize(1000)
	if err := Install(vm, cfg); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(limit, func() { vm.Interrupt("case ran past its limit") })
	defer timer.Stop()
	v, err := vm.RunProgram(p.Program)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok {
				return o.Get("name").String() + ": " + o.Get("message").String()
			}
		}
		return "Go error: " + err.Error()
	}
	return v.String()
}

// hostileBigInt are the forms that ask goja for a huge BigInt in one
// instruction. Each is generated in every context of bigIntContexts.
var hostileBigInt = []string{
	`1n << 2n**40n`,
	`1n << (2n ** 64n + 5n)`,
	`(-1n) << 2n**40n`,
	`1n >> -(2n**40n)`,
	`3n >> -(2n**70n)`,
	`2n ** 2n**40n`,
	`10n ** 10n**9n`,
	`(2n**64n) ** 100000n`,
	`3n ** 700000n`,
	`let x = 3n; for (let i = 0; i < 64; i++) x = x * x; x`,
	`let x = 3n; for (let i = 0; i < 64; i++) x *= x; x`,
	`let x = 7n; for (let i = 0; i < 64; i++) x **= 2n; x`,
	`let x = 1n; x <<= 2n**40n`,
	`let x = 1n; x >>= -(2n**40n)`,
	`const o = {v: 3n}; for (let i = 0; i < 64; i++) o.v *= o.v; o.v`,
	`const o = {v: 1n}; o["v"] <<= 2n**40n`,
	`const a = [1n]; let i = 0; a[i] <<= 2n**40n`,
	`const big = {valueOf() { return 1n; }}; big << 2n**40n`,
	`const big = {[Symbol.toPrimitive]() { return 2n; }}; big ** 2n**40n`,
	`class C { #x = 1n; m() { this.#x <<= 2n**40n; } }; new C().m()`,
	`class A {}; A.prototype.p = 1n; class B extends A { m() { super.p <<= 2n**40n; } }; new B().m()`,
	`eval("1n << 2n**40n")`,
	`(0, eval)("let y = 1n; y << 2n**40n")`,
	`globalThis["ev" + "al"]("1n << 2n**40n")`,
	`new Function("return 1n << 2n**40n")()`,
	`Function("a", "return a ** a")(2n**40n)`,
	`(() => {}).constructor("return 1n << 2n**40n")()`,
	`(function* () {}).constructor("yield 1n << 2n**40n")().next()`,
	`(async () => {}).constructor("return 1n << 2n**40n")().catch(e => { throw e; }); 1n << 2n**40n`,
	`new Function("x", "x <<= 2n**40n")(1n)`,
	`eval("eval('1n << 2n**40n')")`,
	`BigInt("1".repeat(400000))`,
	`BigInt("0x" + "f".repeat(300000))`,
	`BigInt({valueOf() { return "9".repeat(400000); }})`,
	`BigInt.asUintN(2**40, -1n)`,
	`BigInt.asIntN(2**21, -1n)`,
	`new DataView(new ArrayBuffer(8)).setBigInt64(0, "1".repeat(400000))`,
	`BigInt(Number.MAX_VALUE) ** 2000n`,
	`let x = 2n ** 1000000n; x * x`,
	`(2n ** 1000000n) << 100000n`,
	`1n == "1".repeat(400000)`,
	`"9".repeat(400000) < 1n`,
	`const s = "-" + "9".repeat(400000); 1n > s`,
	`1n >= ({valueOf() { return "7".repeat(400000); }})`,
	`({toString() { return "1".repeat(400000); }}) != 5n`,
	`[1n].map(x => x <= " " + "1".repeat(400000) + " ")`,
	`1n == "0b" + "1".repeat(2000000)`,
	`(function (x, s) { return x < s; })(1n, "1".repeat(400000))`,
	`(function (x, s) { return x == s; })(1n, "1".repeat(400000))`,
	`const s = "1".repeat(400000); for (let i = 1n; i < s; i++) {}`,
	`const s = ["1".repeat(400000)]; for (const k of [1n]) { k > s[0] }`,
	`(function (x) { var y = x; return y >= "1".repeat(400000) + ""; })(1n)`,
}

// bigIntContexts wrap a hostile form: at the top level, in a sloppy and a
// strict function, an arrow, a class method, a generator, a nested block.
var bigIntContexts = []string{
	"%s",
	"(function () { %s })()",
	"(function () { 'use strict'; %s })()",
	"(() => { %s })()",
	"new (class { constructor() { %s } })()",
	"(function* () { %s })().next()",
	"{ let z = 0n; { %s } }",
}

// TestBigIntHostile: every hostile form, in every context, throws Node's
// RangeError at once in a runtime with BigInt; the process stays alive and
// its heap comes back to where it was.
func TestBigIntHostile(t *testing.T) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	tooBig := "RangeError: Maximum BigInt size exceeded"
	for _, form := range hostileBigInt {
		for _, ctx := range bigIntContexts {
			if strings.Contains(form, "class") && strings.Contains(ctx, "function* ") {
				continue
			}
			// as it is (a form whose BigInts are all in strings runs
			// without BigInt), and in a program that mentions BigInt
			for _, prefix := range []string{"", "BigInt;\n"} {
				src := prefix + fmt.Sprintf(ctx, form)
				want := tooBig
				if p, err := Compile("case.js", src, false); err == nil && !p.UsesBigInt {
					want = notEnabled
				}
				t.Run(src, func(t *testing.T) {
					if got := runCompiled(t, Config{}, src, 20*time.Second); got != want {
						t.Errorf("%s\n got %q\nwant %q", src, got, want)
					}
				})
			}
		}
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("heap: %d KB before, %d KB after", before.HeapAlloc>>10, after.HeapAlloc>>10)
	if after.HeapAlloc > before.HeapAlloc+64<<20 {
		t.Errorf("heap grew from %d to %d MB", before.HeapAlloc>>20, after.HeapAlloc>>20)
	}
}

// TestBigIntAtTheBound: the largest BigInts the bound allows are made, one
// bit more is refused, for each operator.
func TestBigIntAtTheBound(t *testing.T) {
	cfg := Config{MaxBigIntBits: 4096}
	for _, c := range []struct{ src, want string }{
		{`(1n << 4095n).toString(2).length`, "4096"},
		{`(1n << 4096n).toString(2).length`, "RangeError: Maximum BigInt size exceeded"},
		{`(-1n >> -4095n).toString(2).length`, "4097"}, // with its sign
		{`((1n << 2047n) * (1n << 2048n)).toString(2).length`, "4096"},
		{`((1n << 2048n) * (1n << 2048n)).toString(2).length`, "RangeError: Maximum BigInt size exceeded"},
		{`(((1n << 2048n) - 1n) * ((1n << 2048n) - 1n)).toString(2).length`, "4096"}, // n+m bits of operands, n+m bits of result
		{`(2n ** 4095n).toString(2).length`, "4096"},
		{`(2n ** 4096n).toString(2).length`, "RangeError: Maximum BigInt size exceeded"},
		{`(3n ** 2584n).toString(2).length`, "4096"},
		{`(3n ** 2585n).toString(2).length`, "RangeError: Maximum BigInt size exceeded"},
		{`(1n ** (2n ** 100n)) + (-1n) ** (2n ** 100n + 1n) + 0n ** (2n ** 100n)`, "0"},
		{`BigInt("9".repeat(409)).toString().length`, "409"},
		{`BigInt("9".repeat(410))`, "RangeError: Maximum BigInt size exceeded"},
		{`BigInt("0x" + "f".repeat(1024)).toString(16).length`, "1024"},
		{`BigInt("0x" + "f".repeat(1025))`, "RangeError: Maximum BigInt size exceeded"},
		{`BigInt.asUintN(4096, -1n).toString(2).length`, "4096"},
		{`const s = "1".repeat(409); [1n == s, 1n < s, s >= 2n]`, "false,true,true"},
		{`const s = "1".repeat(410); 1n == s`, "RangeError: Maximum BigInt size exceeded"},
		{`const s = "1".repeat(410); 1n < s`, "RangeError: Maximum BigInt size exceeded"},
		{`const s = "x".repeat(5000); [1n == s, 1n < s]`, "false,false"},
		{`(function () { let i = 0; return i < (i = 1n, "1".repeat(410)); })()`, "true"}, // a number was read: no parse
		{`(function () { let s = 0; for (let i = 0; i < 10; i++) s += i; return s; })()`, "45"},
		{`const s = "0x" + "f".repeat(1024); [1n == s, 1n < s]`, "false,true"},
		{`BigInt.asUintN(4097, -1n)`, "RangeError: Maximum BigInt size exceeded"},
	} {
		if got := runCompiled(t, cfg, c.src, 20*time.Second); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestBigIntHelpersPerBound: each runtime's helpers have the fast path's
// bounds of its own MaxBigIntBits (the helpers' program is made once per
// bound), and every way the helpers reach Go (host) still refuses what
// is past the bound, runtimes of different bounds taking turns.
func TestBigIntHelpersPerBound(t *testing.T) {
	const tooBig = "RangeError: Maximum BigInt size exceeded"
	for _, c := range []struct {
		bits      int64
		src, want string
	}{
		// under 128 bits the fast path's operands are below 2**(bits/2)
		{100, `((1n << 49n) * (1n << 49n)).toString(2).length`, "99"},
		{100, `((1n << 50n) * (1n << 49n)).toString(2).length`, "100"},
		{100, `(1n << 50n) * (1n << 50n)`, tooBig},
		{0, `((1n << 50n) * (1n << 50n)).toString(2).length`, "101"},
		{100, `(1n << 99n).toString(2).length`, "100"},
		{100, `1n << 100n`, tooBig},
		{100, `2n ** 100n`, tooBig},
		{100, `let x = 3n; for (let i = 0; i < 8; i++) x *= x; x`, tooBig},
		{0, `let x = 3n; for (let i = 0; i < 8; i++) x *= x; x.toString(2).length`, "406"},
		// an object operand (host's PRIM), and a compound assignment to a
		// property (PUT), frozen in strict code (PUT's answer, ERROR)
		{100, `({valueOf() { return 1n << 60n; }}) * (1n << 60n)`, tooBig},
		{100, `const o = {p: 1n << 60n}; o.p *= 1n << 60n`, tooBig},
		{100, `"use strict"; const o = Object.freeze({p: 2n}); o.p *= 2n`, "TypeError: Cannot assign to read only property 'p' of object"},
		{100, `let o = null; o.p *= 2n`, "TypeError: Cannot read properties of null"},
		// a long string compared with a BigInt (TO_PRIM, PARSE): 10 digits
		// under a bound of 100 bits
		{100, `[1n < "1".repeat(10), ({toString() { return "1".repeat(10); }}) == 1n].join()`, "true,false"},
		{100, `1n < "1".repeat(11)`, tooBig},
		{100, `({toString() { return "1".repeat(11); }}) == 1n`, tooBig},
		{0, `1n < "1".repeat(11)`, "true"},
	} {
		if got := runCompiled(t, Config{MaxBigIntBits: c.bits}, c.src, 20*time.Second); got != c.want {
			t.Errorf("MaxBigIntBits %d: %s\n got %q\nwant %q", c.bits, c.src, got, c.want)
		}
	}
}

// notEnabled is what every BigInt producer throws in a runtime without BigInt.
const notEnabled = "TypeError: " + notEnabledMessage

// TestBigIntDisabled: a program that does not mention BigInt runs in a
// runtime that cannot make one, however it reaches a producer.
func TestBigIntDisabled(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`globalThis["Big" + "Int"](1)`, notEnabled},
		{`const B = globalThis["Big" + "Int"]; typeof B + " " + (B.prototype.constructor === B)`, "function true"},
		{`globalThis["Big" + "Int"].prototype.constructor(1)`, notEnabled},
		{`globalThis["Big" + "Int"].asUintN(64, "5")`, notEnabled},
		{`globalThis["Big" + "Int"].asIntN(64, true)`, notEnabled},
		{`Reflect.apply(globalThis["Big" + "Int"], null, ["1"])`, notEnabled},
		// the global object lists BigInt once it was read (see lazyGlobals)
		{`Object.getOwnPropertyNames(globalThis).filter(k => k.startsWith("Big")).join()`, ""},
		{`globalThis["Big" + "Int"]; Object.getOwnPropertyNames(globalThis).filter(k => k.startsWith("Big")).map(k => { try { globalThis[k](1); return "made"; } catch (e) { return e.name; } }).join()`, "TypeError"},
		{`new globalThis["Big" + "Int64Array"](1)`, notEnabled},
		{`new globalThis["Big" + "Uint64Array"]([1])`, notEnabled},
		{`Int8Array.from.call(globalThis["Big" + "Int64Array"], ["1"])`, notEnabled},
		{`const a = Reflect.construct(Uint8Array, [1], globalThis["Big" + "Int64Array"]); a.constructor.name + " " + typeof a[0]`, "BigInt64Array number"},
		{`new DataView(new ArrayBuffer(8))["get" + "Big" + "Int64"](0)`, notEnabled},
		{`new DataView(new ArrayBuffer(8))["get" + "Big" + "Uint64"](0)`, notEnabled},
		{`new DataView(new ArrayBuffer(8))["set" + "Big" + "Int64"](0, "5")`, notEnabled},
		{`eval("1" + "n")`, notEnabled},
		{`(0, eval)("1" + "n")`, notEnabled},
		{`eval("typeof Big" + "Int")`, notEnabled},
		{`eval("2 ** 10")`, "1024"},
		{`eval("var q = 6; q * 7")`, "42"},
		{`Function("return 1" + "n")()`, notEnabled},
		{`new Function("a", "return a + 1" + "n")`, notEnabled},
		{`(() => {}).constructor("return 1" + "n")()`, notEnabled},
		{`(async () => {}).constructor("return 1" + "n")`, notEnabled},
		{`(function* () {}).constructor("yield 1" + "n")`, notEnabled},
		{`Function("a", "b", "return a * b")(6, 7)`, "42"},
		{`Function("a, b", "return a ** b")(2, 10)`, "1024"},
		{`typeof Function("}); (function () {")`, "function"}, // goja's own: not one function
		{`new Function("return this")() === globalThis`, "true"},
		{`(() => {}).constructor === Function && Function.prototype.constructor === Function`, "true"},
		{`Function("x", "return x") instanceof Function`, "true"},
		{`eval.name + eval.length`, "eval1"},
		{`(function () { var local = 1; return eval("typeof local"); })()`, "undefined"}, // every eval is indirect
		{`JSON.parse("12345678901234567890123")`, "1.2345678901234568e+22"},
		{`typeof 5 === "bigint"`, "false"},
	} {
		if got := runCompiled(t, Config{}, c.src, 20*time.Second); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestBigIntDynamicInEnabled: in a runtime with BigInt, eval and the
// Function constructors rewrite what they run, and refuse what cannot be
// kept safe.
func TestBigIntDynamicInEnabled(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`(function () { const n = 2n; return eval("n * 3n"); })()`, "ReferenceError: n is not defined"}, // indirect: global scope
		{`var n = 2n; eval("n ** 3n")`, "8"},
		{`eval("let a = 2n; a * a") + eval("let a = 3n; a * a")`, "13"},
		{`eval("var gv = 5n; gv << 1n"); gv`, "5"},
		{`eval("'use strict'; var sv = 5n; sv * 2n"); typeof sv`, "bigint"}, // rewritten code runs as a script
		{`eval("with ({}) { 1n * 2n }")`, "SyntaxError: " + withMessage},
		{`eval("with ({}) { 1n + 2n }")`, "3"},
		{`eval("var __plugmux_mul = (a, b) => 0n; 2n * 2n")`, "SyntaxError: the name __plugmux_mul is reserved in a plugin whose code uses BigInt"},
		{`eval("with ({}) { 1 }")`, "1"},
		{`Function("}); (function () { return 1n * 2n")`, "SyntaxError: Unexpected token in the function's parameters or body"},
		{`eval("1n *")`, "SyntaxError: SyntaxError: <eval>: Line 1:5 Unexpected end of input"}, // goja's own
		{`const h = "__plugmux_" + "mul"; globalThis[h] = null; delete globalThis[h]; 3n * 4n`, "12"},
		{`(function () { "use strict"; globalThis["__plugmux_" + "mul"] = null; })()`, "TypeError: Cannot assign to read only property '__plugmux_mul'"},
		{`Object.defineProperty(globalThis, "__plugmux_shl", {value: () => 0n})`, "TypeError: Cannot redefine property: __plugmux_shl"},
	} {
		if got := runCompiled(t, Config{}, "BigInt;\n"+c.src, 20*time.Second); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestCompileUsesBigInt: what counts as using BigInt.
func TestCompileUsesBigInt(t *testing.T) {
	for _, c := range []struct {
		src  string
		uses bool
	}{
		{`1 + 2`, false},
		{`x * y << z`, false},
		{`1n`, true},
		{`0x1fn`, true},
		{`[0b1n]`, true},
		{`BigInt(1)`, true},
		{`new BigUint64Array(1)`, true},
		{`dv.getBigInt64(0)`, true},
		{`buf.readBigUInt64LE(0)`, true},
		{`buf.writeBigInt64BE(x)`, true},
		{`process.hrtime.bigint()`, true},
		{`globalThis["BigInt"]`, true},
		{"`${x}bigint`", true},
		{`/BigInt/.source`, true},
		{`({ bigint: 1 })`, true},
		{`typeof x === "bigint"`, false},
		{`"bigint" != typeof x`, false},
		{`switch (typeof x) { case "bigint": break; case "number": break }`, false},
		{`switch (typeof x) { case "bigint": BigInt(1) }`, true},
		{`switch (x) { case "bigint": break }`, true},
		{`x === "bigint"`, true},
		{`"big" + "int"`, false},
		{`// BigInt in a comment only`, false},
		{`const nn = 1; n1 + 2 + "10n"`, false},
		{`a2n + x`, false},
	} {
		p, err := Compile("t.js", c.src, false)
		if err != nil {
			t.Errorf("%s: %v", c.src, err)
			continue
		}
		if p.UsesBigInt != c.uses {
			t.Errorf("%s: UsesBigInt %v, want %v", c.src, p.UsesBigInt, c.uses)
		}
	}
}

// TestCompileRefuses: the constructs a program that uses BigInt may not
// contain are syntax errors at their position; without BigInt they compile.
func TestCompileRefuses(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"1n;\nwith (o) { x * y }", "SyntaxError: " + withMessage + " at t.js:2:12"},
		{"1n;\nwith (o) { (function () { return x ** 2n })() }", "SyntaxError: " + withMessage + " at t.js:2:34"},
		{"1n;\nvar __plugmux_mul;", "SyntaxError: the name __plugmux_mul is reserved in a plugin whose code uses BigInt at t.js:2:5"},
		{"1n;\nclass A extends Object { m() { super[k()] *= 2n } }", "SyntaxError: a compound assignment (*=, **=, <<=, >>=) to super[expression] is not supported in a plugin whose code uses BigInt at t.js:2:32"},
		{"1n;\nclass A { #x; m(o) { o.y.#x **= 2n } }", "SyntaxError: a compound assignment (*=, **=, <<=, >>=) to a private field is supported in a plugin whose code uses BigInt only on this or a variable at t.js:2:22"},
		{"1n *", "SyntaxError: t.js: Line 1:5 Unexpected end of input"},
	} {
		_, err := Compile("t.js", c.src, false)
		var se *goja.CompilerSyntaxError
		if err == nil || err.Error() != c.want {
			t.Errorf("%s\n got %v\nwant %s", c.src, err, c.want)
		} else if !errors.As(err, &se) {
			t.Errorf("%s: %T, want a *goja.CompilerSyntaxError", c.src, err)
		}
	}
	for _, src := range []string{"with (o) { x * y }", "var __plugmux_mul;", "1n; with (o) { x + y * 2 }"} {
		if _, err := Compile("t.js", src, false); err != nil {
			t.Errorf("%s without BigInt: %v", src, err)
		}
	}
}

// TestBigIntPositions: an error thrown by a guarded operator names the
// plugin's line and column, as the operator would.
func TestBigIntPositions(t *testing.T) {
	src := "const a = 1n;\nfunction f(n) {\n  return a << n;\n}\ntry { f(2n**40n) } catch (e) { e.stack }"
	got := runCompiled(t, Config{}, src, 20*time.Second)
	if !strings.Contains(got, "at f (case.js:3:10(") || !strings.Contains(got, "at case.js:5:") {
		t.Errorf("stack %q lacks the plugin's positions", got)
	}
	// and a source map still applies
	src = "BigInt;\nthrow new Error('here')\n//# sourceMappingURL=data:application/json;base64," +
		"eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIm9yaWcudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7QUFDQSJ9"
	p, err := Compile("bundle.js", src, false)
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	if err := Install(vm, Config{}); err != nil {
		t.Fatal(err)
	}
	_, err = vm.RunProgram(p.Program)
	if err == nil || !strings.Contains(err.Error(), "orig.ts:2:") {
		t.Errorf("error %v: the source map did not apply", err)
	}
}

// TestBigIntAgainstNode runs testdata/bigint-cases.js in a runtime with
// BigInt (the file rewritten) and in a plain goja runtime, and compares
// both with Node's answers (testdata/bigint.node.json; regenerate with
// node testdata/record-bigint-node.js > testdata/bigint.node.json). The
// guarded runtime answers as Node does wherever plain goja does; where
// plain goja differs from Node, the guarded runtime answers as one of them.
func TestBigIntAgainstNode(t *testing.T) {
	src, err := os.ReadFile("testdata/bigint-cases.js")
	if err != nil {
		t.Fatal(err)
	}
	var node struct {
		Results map[string]string `json:"results"`
	}
	b, err := os.ReadFile("testdata/bigint.node.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &node); err != nil {
		t.Fatal(err)
	}
	results := func(js string) map[string]string {
		var m map[string]string
		if err := json.Unmarshal([]byte(js), &m); err != nil {
			t.Fatalf("%v: %.200s", err, js)
		}
		return m
	}
	guarded := results(runCompiled(t, Config{}, string(src), time.Minute))
	plainVM := goja.New()
	v, err := plainVM.RunString(string(src))
	if err != nil {
		t.Fatal(err)
	}
	plain := results(v.String())
	if len(guarded) != len(node.Results) {
		t.Errorf("%d cases, Node recorded %d: record again", len(guarded), len(node.Results))
	}
	differs := 0
	for k, want := range node.Results {
		got, p := guarded[k], plain[k]
		switch {
		case got == want:
		case p != want && got == p:
			differs++
			t.Logf("goja's own answer: %s: %q, Node %q", k, got, want)
		default:
			t.Errorf("%s: guarded %q, plain goja %q, Node %q", k, got, p, want)
		}
	}
	t.Logf("%d cases, %d where goja itself differs from Node", len(node.Results), differs)
}
