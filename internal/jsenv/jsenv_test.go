package jsenv

import (
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsloop"
)

type logLine struct {
	level slog.Level
	msg   string
}

// newVM returns a runtime with the environment and an event loop, and the
// console lines it logs.
func newVM(t *testing.T, cfg Config) (*goja.Runtime, *jsloop.Loop, *Env, *[]logLine) {
	t.Helper()
	vm := goja.New()
	var mu sync.Mutex
	lines := &[]logLine{}
	loop := jsloop.New(vm, func(err error) { t.Errorf("timer callback: %v", err) })
	if cfg.Log == nil {
		cfg.Log = func(l slog.Level, m string) { mu.Lock(); *lines = append(*lines, logLine{l, m}); mu.Unlock() }
	}
	e := Install(vm, cfg)
	console := vm.NewObject()
	console.Set("log", func(call goja.FunctionCall) goja.Value {
		cfg.Log(slog.LevelInfo, e.Format(call.Arguments))
		return goja.Undefined()
	})
	vm.Set("console", console)
	vm.Set("require", func(call goja.FunctionCall) goja.Value {
		v, err := e.Module(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	return vm, loop, e, lines
}

// run evaluates src, an async function body, and returns what it resolves
// to, as a string.
func run(t *testing.T, vm *goja.Runtime, loop *jsloop.Loop, src string) string {
	t.Helper()
	v, err := vm.RunString("(async () => {\n" + src + "\n})()")
	if err != nil {
		t.Fatalf("%s\n%v", src, err)
	}
	p := v.Export().(*goja.Promise)
	if err := loop.Run(func() bool { return p.State() != goja.PromiseStatePending }); err != nil {
		t.Fatalf("%s\nloop: %v", src, err)
	}
	if p.State() == goja.PromiseStateRejected {
		r := p.Result()
		if o, ok := r.(*goja.Object); ok && o.Get("stack") != nil {
			t.Fatalf("%s\nrejected: %v", src, o.Get("stack"))
		}
		t.Fatalf("%s\nrejected: %v", src, r)
	}
	return p.Result().String()
}

type jsCase struct{ name, src, want string }

func runCases(t *testing.T, cases []jsCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vm, loop, _, _ := newVM(t, Config{})
			if got := run(t, vm, loop, c.src); got != c.want {
				t.Errorf("%s\n got: %q\nwant: %q", c.src, got, c.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	// The expected strings are what Node 22 prints for console.log(...args).
	cases := []struct{ args, want string }{
		{`"hello"`, `hello`},
		{`"a", 1, true, null, undefined`, `a 1 true null undefined`},
		{`"%s is %d years", "Bob", 42`, `Bob is 42 years`},
		{`"%i %f %j", 42.9, "1.5", {a: 1}`, `42 1.5 {"a":1}`},
		{`"%o", {a: [1, 2]}`, `{ a: [ 1, 2, [length]: 2 ] }`},
		{`"%O", {a: {b: {c: {d: 1}}}}`, `{ a: { b: { c: [Object] } } }`},
		{`"100%% sure", 1`, `100% sure 1`},
		{`"%s", {a: 1}`, `{ a: 1 }`},
		{`"%d", "x"`, `NaN`},
		{`"%s %s", "only"`, `only %s`},
		{`{a: 1, b: "two", c: [1, 2, 3], d: {e: null}}`, `{ a: 1, b: 'two', c: [ 1, 2, 3 ], d: { e: null } }`},
		{`{a: {b: {c: {d: {}}}}}`, `{ a: { b: { c: [Object] } } }`},
		{`[1,2,3,4,5,6,7,8,9,10]`, "[\n  1, 2, 3, 4,  5,\n  6, 7, 8, 9, 10\n]"},
		{`["aa","bbb","c","dd","eeee","f","gg"]`, "[\n  'aa',   'bbb',\n  'c',    'dd',\n  'eeee', 'f',\n  'gg'\n]"},
		{`["it's", 'say "hi"', "a\nb"]`, `[ "it's", 'say "hi"', 'a\nb' ]`},
		{`new Map([["a", 1], ["b", {c: 2}]])`, `Map(2) { 'a' => 1, 'b' => { c: 2 } }`},
		{`new Set([1, "x"])`, `Set(2) { 1, 'x' }`},
		{`new Date(0)`, `1970-01-01T00:00:00.000Z`},
		{`{d: new Date(0)}`, `{ d: 1970-01-01T00:00:00.000Z }`},
		{`(() => { class Foo { constructor() { this.x = 1; } } return new Foo(); })()`, `Foo { x: 1 }`},
		{`(() => { const o = {name: "o"}; o.self = o; return o; })()`, `<ref *1> { name: 'o', self: [Circular *1] }`},
		{`function foo() {}`, `[Function: foo]`},
		{`class Bar {}`, `[class Bar]`},
		{`Symbol("s")`, `Symbol(s)`},
		{`10n, -0, NaN`, `10n -0 NaN`},
		{`{"a-b": 1, [Symbol("k")]: 2}`, `{ 'a-b': 1, [Symbol(k)]: 2 }`},
		{`[undefined, null, , 3]`, `[ undefined, null, <1 empty item>, 3 ]`},
		{`new Uint8Array([1, 2])`, `Uint8Array(2) [ 1, 2 ]`},
		{`Buffer.from("hi")`, `<Buffer 68 69>`},
		{`Object.create(null)`, `[Object: null prototype] {}`},
		{`{}`, `{}`},
		{`[]`, `[]`},
		{`/a+/g`, `/a+/g`},
		{`{f() {}, g: () => 1}`, `{ f: [Function: f], g: [Function: g] }`},
		{`{get x() { return 1; }}`, `{ x: [Getter] }`},
		{`new Error("boom").message`, `boom`},
		{`[[1, [2, [3, [4]]]]]`, `[ [ 1, [ 2, [Array] ] ] ]`},
		{`{ aaaaaaaaaaaa: "aaaaaaaaaaaaaaaaaaaaa", bbbbbbbbbbbbbbb: "bbbbbbbbbbbbbbbbbbbbbbbbb", ccccccccccccccc: "cccccccccccccccccccccccccccccccc", d: 1 }`,
			"{\n  aaaaaaaaaaaa: 'aaaaaaaaaaaaaaaaaaaaa',\n  bbbbbbbbbbbbbbb: 'bbbbbbbbbbbbbbbbbbbbbbbbb',\n  ccccccccccccccc: 'cccccccccccccccccccccccccccccccc',\n  d: 1\n}"},
		{`new String("s"), new Number(3)`, `[String: 's'] [Number: 3]`},
		{`Promise.resolve(4)`, `Promise { 4 }`},
	}
	for _, c := range cases {
		vm, loop, _, lines := newVM(t, Config{})
		run(t, vm, loop, "console.log("+c.args+")")
		if len(*lines) != 1 || (*lines)[0].msg != c.want {
			t.Errorf("console.log(%s)\n got: %v\nwant: %q", c.args, *lines, c.want)
		}
	}
}

// More of Node 22's layout: nested indentation, the line length, %s with a
// class's own toString, functions with properties, right-aligned columns.
func TestFormatLayout(t *testing.T) {
	cases := []struct{ args, want string }{
		{"{ list: [\"aaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccccccc\", \"dddddddddddddddddddddddddddd\", \"eeeeeeeeeeeeeeeeeeeeee\"], n: 1 }", "{\n  list: [\n    'aaaaaaaaaaaaaaaaaaaa',\n    'bbbbbbbbbbbbbbbbbbbbbbbb',\n    'cccccccccccccccccccccccc',\n    'dddddddddddddddddddddddddddd',\n    'eeeeeeeeeeeeeeeeeeeeee'\n  ],\n  n: 1\n}"},
		{"{ outer: { inner: { aaaaaaaaaaaaaaa: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", bbbbbbbbbbbbbbbbb: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", c: [1, 2, 3] } } }", "{\n  outer: {\n    inner: {\n      aaaaaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n      bbbbbbbbbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n      c: [Array]\n    }\n  }\n}"},
		{"\"%s|%s\", (() => { class P { toString() { return \"P!\"; } } return new P(); })(), { a: 1 }", "P!|{ a: 1 }"},
		{"Object.assign(function named() {}, { extra: 1 })", "[Function: named] { extra: 1 }"},
		{"[new Set([1]), new Map([[{a: 1}, [2]]])]", "[ Set(1) { 1 }, Map(1) { { a: 1 } => [ 2 ] } ]"},
		{"{ a: { b: { c: new Map([[1, 2]]) } } }", "{ a: { b: { c: [Map] } } }"},
		{"[1.5, -0, 100, 2, 3, 4, 5, 6, 7]", "[\n  1.5, -0, 100, 2, 3,\n    4,  5,   6, 7\n]"},
		{"\"%j\", { a: [1, \"x\"] }", "{\"a\":[1,\"x\"]}"},
		{"new Array(5)", "[ <5 empty items> ]"},
		{"{ \"1a\": 1, _ok: 2, $no: 3 }", "{ '1a': 1, _ok: 2, '$no': 3 }"},
	}
	for _, c := range cases {
		vm, loop, _, lines := newVM(t, Config{})
		run(t, vm, loop, "console.log("+c.args+")")
		if len(*lines) != 1 || (*lines)[0].msg != c.want {
			t.Errorf("console.log(%s)\n got: %v\nwant: %q", c.args, *lines, c.want)
		}
	}
}

func TestFormatError(t *testing.T) {
	vm, loop, _, lines := newVM(t, Config{})
	run(t, vm, loop, `const e = new TypeError("bad"); e.code = "E_BAD"; console.log("x", e)`)
	got := (*lines)[0].msg
	if !strings.HasPrefix(got, "x TypeError: bad\n    at ") || !strings.HasSuffix(got, " {\n  code: 'E_BAD'\n}") {
		t.Errorf("got %q", got)
	}
}

// BenchmarkInstall is what every runtime pays: the lazy accessors.
func BenchmarkInstall(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Install(goja.New(), Config{})
	}
}

// BenchmarkFirstUse is what a runtime pays the first time it touches one
// of the globals: evaluating the environment (compiled once per process).
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		vm := goja.New()
		Install(vm, Config{})
		if _, err := vm.RunString("new TextEncoder()"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewRuntime is goja.New alone, for comparison.
func BenchmarkNewRuntime(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		goja.New()
	}
}

// BenchmarkFirstUseNode is the first use of Buffer, URL or process.
func BenchmarkFirstUseNode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		vm := goja.New()
		Install(vm, Config{})
		if _, err := vm.RunString(`Buffer.from("x")`); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstLog is the first console line with an object.
func BenchmarkFirstLog(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		vm := goja.New()
		e := Install(vm, Config{})
		e.Format([]goja.Value{vm.ToValue("%o"), vm.NewObject()})
	}
}
