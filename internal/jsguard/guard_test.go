package jsguard

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// tableConfig is the bound the hostile table runs with: small, so that a
// case just past it allocates little when the guard is missing.
var tableConfig = Config{MaxAllocBytes: 1 << 20, MaxSortLength: 1 << 13, MaxWalkLength: 1 << 15}

type hostileCase struct {
	Name string `json:"name"`
	Src  string `json:"src"`
	Want string `json:"want"`
	// Node is "same" when Node answers Want too (recorded in
	// testdata/hostile.node.json), else why it does not.
	Node string `json:"node"`
}

// summarize renders a result as testdata/record-node.js does.
const summarize = `(function (src) {
	let out;
	try { const v = (0, eval)(src); out = typeof v === "object" && v !== null ? "[object]" : String(v);
		if (out.length > 100) out = "<string of length " + out.length + ">"; }
	catch (e) { out = e.name + ": " + e.message; }
	return out;
})`

func newGuarded(t testing.TB, cfg Config) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	vm.SetMaxCallStackSize(1000)
	if err := Install(vm, cfg); err != nil {
		t.Fatal(err)
	}
	return vm
}

// run evaluates src in vm through summarize, interrupting it after limit so
// that a missing guard fails the test instead of hanging it.
func run(t testing.TB, vm *goja.Runtime, src string, limit time.Duration) (string, time.Duration) {
	t.Helper()
	f, err := vm.RunString(summarize)
	if err != nil {
		t.Fatal(err)
	}
	call, _ := goja.AssertFunction(f)
	timer := time.AfterFunc(limit, func() { vm.Interrupt("case ran past its limit") })
	defer timer.Stop()
	start := time.Now()
	v, err := call(nil, vm.ToValue(src))
	d := time.Since(start)
	if err != nil {
		return "Go error: " + err.Error(), d
	}
	return v.String(), d
}

func loadHostile(t *testing.T) ([]hostileCase, map[string]string) {
	t.Helper()
	var cases []hostileCase
	b, err := os.ReadFile("testdata/hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	var node struct {
		Results map[string]string `json:"results"`
	}
	b, err = os.ReadFile("testdata/hostile.node.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &node); err != nil {
		t.Fatal(err)
	}
	return cases, node.Results
}

// TestHostile runs every case of testdata/hostile.json in a guarded runtime:
// past the bound the RangeError JavaScript catches, at the bound the normal
// result, and where Node fails the same way, Node's message.
func TestHostile(t *testing.T) {
	cases, node := loadHostile(t)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			vm := newGuarded(t, tableConfig)
			got, d := run(t, vm, c.Src, 20*time.Second)
			if got != c.Want {
				t.Errorf("%s\n got %q\nwant %q", c.Src, got, c.Want)
			}
			if c.Node == "same" {
				n, ok := node[c.Name]
				if !ok {
					t.Errorf("no Node recording: run node testdata/record-node.js > testdata/hostile.node.json")
				} else if n != c.Want {
					t.Errorf("Node answers %q, the table wants %q", n, c.Want)
				}
			}
			if testing.Verbose() {
				t.Logf("%v", d)
			}
		})
	}
}

// transparencyCases are generated: every guarded built-in, under its
// bound, with the receivers and arguments below. Each must answer in a
// guarded runtime exactly what it answers in a plain one.
func transparencyCases() []string {
	var out []string
	strs := []string{`""`, `"abc"`, `"a\u00dfc\u00e9"`, `"xAx".repeat(3)`, `new String("boxed")`}
	strCalls := []string{
		"repeat(0)", "repeat(3)", "repeat(-1)", "repeat(Infinity)", "padStart(7)", "padEnd(7, 'xy')", "padEnd(2)", "padStart(9, '')",
		"padEnd(6, {toString(){return 'o'}})", "concat()", "concat('a', 1, null, undefined, {})", "concat([1, 2])",
		"replace('a', '$&$&')", "replace(/a/g, '[$`|$\\']')", "replaceAll('x', (m, i) => m + i)", "replace(/(.)/g, (m, p) => p + p)",
		"replaceAll(/x/g, '$$')", "replace({[Symbol.replace]: (s, r) => 'custom'}, 'r')", "replaceAll(/x/, 'y')",
		"split()", "split('')", "split('x')", "split(/(x)/)", "split('', 2)", "split('x', 0)", "match(/x/g)", "match(/z/)", "match('a')",
		"normalize()", "normalize('NFKD')", "normalize('bogus')", "toUpperCase()", "toLowerCase()", "toLocaleUpperCase()", "toLocaleLowerCase()",
	}
	for _, s := range strs {
		for _, c := range strCalls {
			out = append(out, s+"."+c)
		}
	}
	out = append(out, "String.prototype.repeat.call(12, 2)", "String.prototype.concat.call(null)", "String.prototype.padEnd.call(undefined, 3)",
		"String.raw`a${1}b${2}c`", "String.raw({raw: ['x', 'y']}, 0, 1)", "String.raw({raw: {length: 2, 0: 'p', 1: 'q'}}, 7)")
	arrs := []string{"[]", "[1, 2, 3]", "[3, 1, 2, 10]", "[1, [2, [3, [4]]], 5]", `["a", null, undefined, {}, [7, 8]]`, "new Array(5)", "[1, , 3]"}
	arrCalls := []string{
		"join()", "join(' - ')", "join(undefined)", "join(null)", "toString()", "toLocaleString()", "fill(0)", "fill(9, 1, 2)", "fill(9, -2)",
		"slice()", "slice(1)", "slice(-2, -1)", "concat([4], 5, [[6]])", "flat()", "flat(Infinity)", "flat(0)", "flatMap(x => [x, x])",
		"flatMap(x => x)", "sort()", "sort((a, b) => b - a)", "toSorted()", "indexOf(2)", "lastIndexOf(3)", "includes(undefined)",
		"map(x => typeof x)", "filter(x => x)", "forEach(x => x)", "every(x => x)", "some(x => x)", "find(x => x === 3)", "findIndex(x => x === 3)",
		"findLast(x => x)", "findLastIndex(x => x)", "reduce((a, b) => a + '|' + b, '')", "reduceRight((a, b) => a + '|' + b, '')",
		"reverse()", "toReversed()", "copyWithin(0, 1)", "with(0, 'w')", "toSpliced(0, 1, 'n')", "splice(1, 1, 'm')", "shift()", "unshift(0)",
	}
	for _, a := range arrs {
		for _, c := range arrCalls {
			out = append(out, a+"."+c)
		}
	}
	out = append(out, "Array.prototype.join.call({length: 3, 0: 'x', 2: 'z'}, '+')", "Array.prototype.map.call('abc', x => x + x)",
		"Array.from('abc')", "Array.from({length: 3}, (_, i) => i * i)", "Array.from(new Set([1, 2]))", "Array.of(1, 2)",
		"Array.prototype.concat.call(1, 2)", "[].concat.call({length: 1, 0: 'a', [Symbol.isConcatSpreadable]: true}, [2])")
	vals := []string{"undefined", "null", "1", `"s\u0000\u2028"`, "[1, 'a', null, [true]]", "{a: 1, b: {c: [1, {d: 'e'}]}, f: undefined, g: () => 1}",
		"{toJSON() { return {x: 1} }}", "new Date(0)", "{a: new Map(), b: Symbol('x'), c: 1n === 1n}", "[new Number(3), new String('s'), new Boolean(false)]"}
	reps := []string{"undefined", "null", "(k, v) => typeof v === 'number' ? v + 1 : v", "['a', 'c', 'd']", "function (k, v) { return k === 'a' ? undefined : v }"}
	spaces := []string{"undefined", "2", "'\\t'", "20", "'0123456789abc'", "new Number(3)"}
	for _, v := range vals {
		for _, r := range reps {
			for _, s := range spaces {
				out = append(out, fmt.Sprintf("JSON.stringify(%s, %s, %s)", v, r, s))
			}
		}
	}
	for _, text := range []string{`'{"a": [1, 2, {"b": null}]}'`, `'"\\u0041"'`, `'[1, 2'`, `'  7 '`, `'{"__proto__": 1}'`} {
		out = append(out, "JSON.stringify(JSON.parse("+text+"))", "JSON.stringify(JSON.parse("+text+", (k, v) => typeof v === 'number' ? v * 10 : v))")
	}
	for _, ta := range typedArrays {
		n := ta.name
		init := "[1, 2, 3]"
		if strings.HasPrefix(n, "Big") {
			init = "[1n, 2n, 3n]"
		}
		out = append(out,
			fmt.Sprintf("new %s(%s).join('-')", n, init), fmt.Sprintf("new %s(%s).toString()", n, init),
			fmt.Sprintf("new %s(%s).join()", n, init), fmt.Sprintf("String(%s.from(%s))", n, init), fmt.Sprintf("String(%s.of(...%s))", n, init),
			fmt.Sprintf("new %s(4).length", n), fmt.Sprintf("new %s(new ArrayBuffer(16), 8).length", n), fmt.Sprintf("%s(4)", n),
			fmt.Sprintf("new %s(%s).map(x => x).constructor === %s", n, init, n), fmt.Sprintf("new %s(%s).slice(1) instanceof %s", n, init, n),
			fmt.Sprintf("new %s(2) instanceof %s", n, n), fmt.Sprintf("Object.getPrototypeOf(new %s(2)) === %s.prototype", n, n),
			fmt.Sprintf("%s.prototype.constructor === %s", n, n), fmt.Sprintf("%s.name + %s.length + %s.BYTES_PER_ELEMENT", n, n, n),
			fmt.Sprintf("class X extends %s { m() { return new.target } }; const x = new X(2); [x instanceof X, x instanceof %s, x.length, x.constructor === X, X.from(%s).constructor === X].join()", n, n, init),
			fmt.Sprintf("typeof %s + Object.getPrototypeOf(%s).name", n, n),
			fmt.Sprintf("Reflect.construct(%s, [3], Array).constructor === Array", n),
			fmt.Sprintf("class Y extends %s { constructor(n) { super(n); this.t = new.target === Y } }; new Y(2).t", n),
			fmt.Sprintf("(function () { try { return %s.call(null, 2) } catch (e) { return e.name } })()", n),
			fmt.Sprintf("%s[Symbol.species] === %s", n, n),
		)
	}
	out = append(out, "new ArrayBuffer(8).byteLength", "new ArrayBuffer(8).slice(2).byteLength", "new ArrayBuffer(8) instanceof ArrayBuffer",
		"class B extends ArrayBuffer {}; new B(4) instanceof B", "ArrayBuffer(8)", "ArrayBuffer.isView(new Uint8Array(1))", "new ArrayBuffer(8).constructor === ArrayBuffer",
		"ArrayBuffer[Symbol.species] === ArrayBuffer", "new ArrayBuffer(8).slice(1).constructor === ArrayBuffer",
		"(function (a, b) { return a + b }).apply(null, [1, 2])", "Math.max.apply(null, {length: 2, 0: 5, 1: 7})", "Reflect.apply(Math.min, null, [3, 1])",
		"Reflect.construct(Date, [0]).getTime()", "Function.prototype.apply.name + Function.prototype.apply.length", "BigInt.asUintN(8, 257n)", "BigInt.asIntN(8, 255n)",
		"Object.getOwnPropertyNames(String.prototype).sort().join()", "Object.getOwnPropertyNames(Array.prototype).sort().join()",
		"Object.keys(String.prototype).join()", "JSON.stringify(Object.getOwnPropertyDescriptor(Array.prototype, 'join'), (k, v) => typeof v === 'function' ? v.name + v.length : v)",
		"JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Uint8Array'), (k, v) => typeof v === 'function' ? v.name : v)",
		"[1, 2].join.call('ab')", "Promise.all([1, Promise.resolve(2)]) instanceof Promise", "Promise.all.name + Promise.race.length + Promise.any.name",
		"(async () => 1)().constructor === Promise", "Promise.allSettled.call(Promise, []) instanceof Promise", "'a'.concat(Symbol())", "'a'.padEnd(5, Symbol())", "[Symbol()].join()", "'ab'.repeat(Symbol())", "'ab'.replaceAll(Symbol(), 'x')",
		"JSON.stringify({a: {b: 1, c: [{a: 2, b: 3}]}, b: 4}, ['b', 'a', 'c'])", "JSON.stringify([{a: 1, z: 2}], ['z', 'a'], 1)",
		"Object.keys({a: 1, b: 2}).join()", "Object.values('ab').join()", "JSON.stringify(Object.entries(new Uint8Array([5, 6])))", "Object.getOwnPropertyNames(new String('xy')).join()",
		"JSON.stringify(Object.getOwnPropertyDescriptors({a: 1}))", "JSON.stringify(Object.assign({}, 'ab', null, {c: 3}))", "Object.keys.name + Object.keys.length + Object.assign.length",
		"[...new Set([3, 3, 4])].join()", "[...new Map([[1, 2]])].join()", "new Set() instanceof Set", "class S extends Set { add(x) { return super.add(x * 2) } }; [...new S([1, 2])].join()",
		"new WeakMap([[{}, 1]]) instanceof WeakMap", "new WeakSet() instanceof WeakSet", "Set.name + Set.length + Map.name", "Set.prototype.constructor === Set", "Map[Symbol.species] === Map",
		"typeof Set.prototype.add", "Set(1)", "Object.getPrototypeOf(new Map()) === Map.prototype", "new Float64Array([3, 1, 2]).sort().join()", "new Int8Array([3, -1]).toSorted().join()", "try { null.x } catch (e) { e instanceof TypeError }", "(() => { try { 'x'.repeat(-1) } catch (e) { return e.constructor === RangeError } })()",
	)
	// Iterators, and the copies made without them.
	for _, a := range []string{"[]", "[1, 2, 2, 3]", "[1, , 3]", "[NaN, NaN, 0, -0]", `(() => { const a = [1, 2]; a[Symbol.iterator] = function* () { yield 7 }; return a })()`,
		`(() => { const a = [1, 2]; Object.defineProperty(a, 1, {get() { a.push(5); return 2 }}); return a })()`, "new Uint8Array([3, 4])", "'ab'", "new Map([[1, 2]]).keys()"} {
		out = append(out, "JSON.stringify([..."+a+"])", "JSON.stringify(Array.from("+a+"))", "JSON.stringify(Array.from("+a+", (x, i) => [x, i]))",
			"JSON.stringify([...new Set("+a+")])", "new Set("+a+").size", "(class S extends Set { add(x) { return super.add(typeof x) } }, [...new (class S extends Set { add(x) { return super.add(typeof x) } })("+a+")].join())",
			"(class A extends Array {}).from("+a+").length", "Math.max(...Array.from("+a+", Number))")
	}
	out = append(out, "Array.prototype[Symbol.iterator] === Array.prototype.values", "Array.prototype.values.name + Array.prototype.keys.length",
		"Object.getPrototypeOf([][Symbol.iterator]()) === Object.getPrototypeOf([].keys())", "[...[1, 2].entries()].join(';')", "[...new Uint8Array([1, 2]).entries()].join(';')",
		"new Uint8Array(2)[Symbol.iterator] === Uint8Array.prototype.values", "(() => { const add = Set.prototype.add; Set.prototype.add = function (x) { return add.call(this, x * 10) }; try { return [...new Set([1, 2])].join() } finally { Set.prototype.add = add } })()",
		"const [h, ...t] = [1, 2, 3]; h + '|' + t", "(function () { return arguments.length })(...[1, , 3])", "[...'a\\ud83d\\ude00b'].length")
	// The global object: every built-in global reads, and is described, as
	// in a plain runtime; declarations and assignments land on it as usual.
	for _, name := range sortedGlobals() {
		out = append(out, fmt.Sprintf("JSON.stringify([typeof %[1]s, Object.getOwnPropertyDescriptor(globalThis, '%[1]s'), '%[1]s' in globalThis], (k, v) => typeof v === 'function' ? 'fn ' + v.name : v)", name))
	}
	out = append(out, "this === globalThis", "(function () { return this === globalThis })()", "globalThis.globalThis === globalThis",
		"(0, eval)('this') === globalThis", "globalThis instanceof Object", "Object.prototype.isPrototypeOf(globalThis)", "typeof globalThis.toString",
		"var declaredVar = 3; [globalThis.declaredVar, Object.getOwnPropertyDescriptor(globalThis, 'declaredVar').configurable].join()",
		"function declaredFn() {}; typeof globalThis.declaredFn", "let declaredLet = 1; globalThis.declaredLet", "assigned = 4; globalThis.assigned",
		"NaN = 5; Number.isNaN(NaN)", "undefined = 1; typeof undefined", "Infinity = 0; Infinity",
		"(() => { 'use strict'; try { NaN = 1; return 'assigned' } catch (e) { return e.name } })()",
		"typeof notDeclaredAnywhere", "(() => { try { notDeclaredAnywhere; } catch (e) { return e.name + ': ' + e.message } })()",
		"Object.keys(globalThis).filter(k => !['declaredVar', 'declaredFn', 'assigned'].includes(k)).join()",
		"Object.getOwnPropertyNames(globalThis).includes('Math')", "Math.max(1, 2)", "delete globalThis.Math", "typeof Math",
	)
	return out
}

// sortedGlobals lists goja's built-in globals in order.
func sortedGlobals() []string {
	var names []string
	for name := range builtinGlobals() {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// TestTransparent compares every generated case in a guarded runtime with
// a plain one.
func TestTransparent(t *testing.T) {
	cases := transparencyCases()
	guarded, plain := newGuarded(t, Config{}), goja.New()
	plain.SetMaxCallStackSize(1000)
	for _, src := range cases {
		if os.Getenv("JSGUARD_TRACE") != "" {
			fmt.Fprintln(os.Stderr, src)
		}
		want, _ := run(t, plain, src, 10*time.Second)
		got, _ := run(t, guarded, src, 10*time.Second)
		if got != want {
			t.Errorf("%s\n guarded %q\n   plain %q", src, got, want)
		}
	}
	t.Logf("%d generated cases", len(cases))
}

// TestWrapsMethodsReplacedBeforeInstall: a built-in method that a script
// replaced by a proxy of it before Install (on a runtime that was not
// fresh) is guarded as the original would have been, and one replaced by
// something that is not a function is left alone.
func TestWrapsMethodsReplacedBeforeInstall(t *testing.T) {
	vm := goja.New()
	vm.SetMaxCallStackSize(1000)
	if _, err := vm.RunString(`Array.prototype.join = new Proxy(Array.prototype.join, {});
		String.prototype.repeat = new Proxy(String.prototype.repeat, {});
		Array.prototype.fill = 42;`); err != nil {
		t.Fatal(err)
	}
	if err := Install(vm, tableConfig); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ src, want string }{
		{`Array.prototype.join.call({length: 2**14}, "x".repeat(100))`, "RangeError: Invalid string length"},
		{`Array.prototype.join.call({length: 2**16})`, "RangeError: Invalid array length"},
		{`Array.prototype.join.call({length: 3}, "-")`, "--"},
		{`"ab".repeat(2**19 + 1)`, "RangeError: Invalid string length"},
		{`"ab".repeat(2)`, "abab"},
		{`Array.prototype.fill`, "42"},
	} {
		if got, _ := run(t, vm, c.src, 10*time.Second); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
