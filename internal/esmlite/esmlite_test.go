package esmlite

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// describeJS describes a module's exports: each name with its type and,
// for a function, what calling it returns or throws.
const describeJS = `(function (ex) {
	return Object.keys(ex).sort().map(function (k) {
		var v = ex[k], d;
		if (typeof v === "function") {
			try { d = JSON.stringify(v()); } catch (e) { d = "throws " + e.name; }
		} else {
			d = JSON.stringify(v);
		}
		return k + ":" + typeof v + ":" + d;
	}).join("\n");
})`

// viaEsmlite evaluates src as Parse makes it, and describes its exports;
// ok is false if Parse declined it.
func viaEsmlite(t *testing.T, src string) (desc string, ok bool) {
	t.Helper()
	prg, ok := Parse("http://plugins.test/m.js", src, isTestHost)
	if !ok {
		return "", false
	}
	p, err := goja.CompileAST(prg, true)
	if err != nil {
		return "compile: " + err.Error(), true
	}
	vm := newVM()
	fn, _ := goja.AssertFunction(runOrFail(t, vm, p))
	ex, err := fn(goja.Undefined(), Imports(vm, hostRequire(vm))...)
	if err != nil {
		return "evaluate: " + err.Error(), true
	}
	return describe(t, vm, ex), true
}

// viaEsbuild evaluates src as the loader's bundle path does (esbuild's
// CommonJS output in a function of exports, require and module).
func viaEsbuild(t *testing.T, src string) string {
	t.Helper()
	res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatCommonJS, Target: api.ES2020,
		Supported: map[string]bool{"for-await": false, "async-generator": false}})
	if len(res.Errors) > 0 {
		t.Fatalf("esbuild: %v\n%s", res.Errors[0].Text, src)
	}
	vm := newVM()
	p, err := goja.Compile("bundle.js", "(function (exports, require, module) {"+string(res.Code)+"\n})", false)
	if err != nil {
		t.Fatalf("bundle: %v", err)
	}
	fn, _ := goja.AssertFunction(runOrFail(t, vm, p))
	module, exports := vm.NewObject(), vm.NewObject()
	_ = module.Set("exports", exports)
	require := hostRequire(vm)
	if _, err := fn(goja.Undefined(), exports, vm.ToValue(func(call goja.FunctionCall) goja.Value { return require(call.Argument(0).String()) }), module); err != nil {
		return "evaluate: " + err.Error()
	}
	return describe(t, vm, module.Get("exports"))
}

// The host modules of the tests: one CommonJS-shaped (a function with
// properties, one of them not enumerable), one marked __esModule.
const hostModulesJS = `({
	"cjs-host": Object.defineProperty(Object.assign(function hostFn() { return "f"; }, { x: 1, y: "why" }), "hidden", { value: "h" }),
	"esm-host": { __esModule: true, default: "D", named: "N" },
})`

func isTestHost(spec string) bool { return spec == "cjs-host" || spec == "esm-host" }

// hostRequire is require for the host modules of the tests, in vm.
func hostRequire(vm *goja.Runtime) func(spec string) goja.Value {
	mods, err := vm.RunString(hostModulesJS)
	if err != nil {
		panic(err)
	}
	return func(spec string) goja.Value {
		m := mods.ToObject(vm).Get(spec)
		if m == nil {
			panic(vm.NewTypeError("Cannot find module '" + spec + "'"))
		}
		return m
	}
}

// newVM is a runtime that stops a module that runs for more than a
// second (the fuzzer writes loops).
func newVM() *goja.Runtime {
	vm := goja.New()
	time.AfterFunc(time.Second, func() { vm.Interrupt("timeout") })
	return vm
}

func runOrFail(t *testing.T, vm *goja.Runtime, p *goja.Program) goja.Value {
	t.Helper()
	v, err := vm.RunProgram(p)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func describe(t *testing.T, vm *goja.Runtime, ex goja.Value) string {
	t.Helper()
	f, err := vm.RunString(describeJS)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(f)
	d, err := fn(goja.Undefined(), ex)
	if err != nil {
		return "describe: " + err.Error()
	}
	return d.String()
}

func TestForms(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string // the description of the exports; "" for declined
	}{
		{"export function setup(router) {}", "setup:function:undefined"},
		{"export async function a() {}\nexport function* g() {}", "a:function:{}\ng:function:{}"},
		{"export async function* ag() {}", "compile: SyntaxError: Async generators are not supported yet at http://plugins.test/m.js:1:8"},
		{"export class K {}\nexport const c = 1\nexport let l = 'l'; export var v = [1]", "K:function:throws TypeError\nc:number:1\nl:string:\"l\"\nv:object:[1]"},
		{"export\nfunction f() { return 1 }", "f:function:1"},
		{"export \t function f() { return 2 }", "f:function:2"},
		{"export default function f() { return 'd' }", "default:function:\"d\""},
		{"export default async function f() {}", "default:function:{}"},
		{"export default class K {}", "default:function:throws TypeError"},
		{"export let n = 0; export function bump() { return ++n }", "bump:function:1\nn:number:1"},
		{"export function t() { return this === undefined }", "t:function:true"},
		{"export const top = this === undefined", "top:boolean:true"},
		{"export const s = '\\'export function no() {}'; export const r = /export|'/g.source", "r:string:\"export|'\"\ns:string:\"'export function no() {}\""},
		{"export const tl = `a ${ {b: '}'}.b } export ${`n ${1}`}`", "tl:string:\"a } export n 1\""},
		{"export const o = { export: 1, default: 2 }.export + ({}).x?.export", "o:number:null"},
		{"x = 1; export function f() {}", "evaluate: ReferenceError: x is not defined at http://plugins.test/m.js:1:1(5)"},

		// host modules
		{"import hostFn from 'cjs-host'\nexport function f() { return hostFn() + hostFn.x }", "f:function:\"f1\""},
		{"import * as ns from \"cjs-host\";\nexport function f() { return [typeof ns.default, ns.x, ns.hidden, Object.keys(ns).sort().join()].join() }", "f:function:\"function,1,h,default,x,y\""},
		{"import {\n  x as ex,\n  y\n} from 'cjs-host'\nexport const v = ex + y, line = new Error().stack.split('\\n')[1]", ""},
		{"import {\n  x as ex,\n  y\n} from 'cjs-host'\nexport function line() { return ex + y + new Error().stack.split('\\n')[1] }", "line:function:\"1why\\tat line (http://plugins.test/m.js:5:42(5))\""},
		{"import d from 'esm-host'; import * as en from 'esm-host'; import 'cjs-host'\nexport const v = [d, en.default, en.named].join()", "v:string:\"D,D,N\""},
		{"import { nothere } from 'esm-host'\nexport const v = nothere", "v:undefined:undefined"},
		{"import x from 'missing-host'\nexport const v = x", ""},
		// declined
		{"import x from './x.js'; export function f() {}", ""},
		{"import d, { named } from 'esm-host'; export const v = d", ""},
		{"export const v = 1\nimport d from 'esm-host'", ""},
		{"import d from 'esm-host' with { type: 'json' }; export const v = d", ""},
		{"import d from 'esm-host'; function $d() {} export const v = d", ""},
		{"export function f() { return import('cjs-host') }", ""},
		{"import d from\n'esm-host'; export const v = d", ""},
		{"export function f() { return import.meta }", ""},
		{"export function f() { return require('x') }", ""},
		{"module.exports = { setup() {} }", ""},
		{"export function f() { return arguments.length }", ""},
		{"export function f() {}\n//# sourceMappingURL=m.js.map", ""},
		{"#!/usr/bin/env node\nexport function f() {}", ""},
		{"function setup() {}", ""},
		{"export default function () { return 'anonymous' }", "default:function:\"anonymous\""},
		{"export default 42", "default:number:42"},
		{"export  default\n{ setup(router) { return 1 } }\nexport const n = 1", "default:object:{}\nn:number:1"},
		{"export default async function (r) {}", "default:function:{}"},
		{"export default class {}", "default:function:throws TypeError"},
		{"export default (a, b) => a + b", "default:function:null"},
		// the loader bundles what does not compile
		{"const $default = 1; export default 2", "compile: SyntaxError: Identifier '$default' has already been declared at http://plugins.test/m.js:1:25"},
		{"export default 1; export default 2", ""},
		{"export\ndefault 42", ""}, // "let $default=" would take the line break
		{"export * from './x.js'", ""},
		{"const a = 1, b = 2; function c() { return 3 }\nexport { a, b as bee, c as default, }", "a:number:1\nbee:number:2\ndefault:function:3"},
		{"export { x }\nlet x = 5", "x:number:5"},
		{"if (true) { var v = 1 }\nexport {\n  v as w\n}\nexport function line() { return new Error().stack.split('\\n')[1] }", "line:function:\"\\tat line (http://plugins.test/m.js:5:33(2))\"\nw:number:1"},
		{"function f() { const inner = 1 }\nexport { inner }", ""},
		{"const a = 1; export { a as 'b' }", ""},
		{"const a = 1; export { a, }; export { a }", ""},
		{"const a = 1; export { a b }", ""},
		{"export /* c */ function f() {}", ""},
		{"function f() { export const q = 1 }", ""},
		{"const x = 1\nexport const y = x\nexport\n(x)", ""},
		{"export { a } from './x.js'", ""},
		{"export { a as 'b' }; const a = 1", ""},
		{"export const a = 1, b = 2", ""},
		{"export const { a } = { a: 1 }", ""},
		{"export function f() {}\nexport function f() {}", ""},
		{"export const f = 1; const g = 2; export { g as f }", ""},
		{"export { nothing }", ""},
		{"export function f() {}\nif (f)", ""},
		{"export function f() {", ""},
		{"export function f() {} }", ""},
		{"export const s = 'unterminated", ""},
		{"export function f() {} /* unterminated", ""},
		{"if (true) { export function f() {} }", ""},
		{"return; export function f() {}", ""},
		{"export function f() {}\nexport const s = `${`", ""},
	} {
		got, ok := viaEsmlite(t, tc.src)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.src, got, tc.want)
		}
		if ok && !strings.HasPrefix(got, "compile:") && !strings.HasPrefix(got, "evaluate:") && !strings.Contains(tc.src, "this") && !strings.Contains(tc.src, "stack") {
			if ref := viaEsbuild(t, tc.src); ref != got {
				t.Errorf("%q: esbuild's bundle describes\n%q", tc.src, ref)
			}
		}
	}
}

// noise is statements that do not export but have the word: in strings,
// templates, regular expressions, comments and property names, with
// slashes that divide and slashes that start a literal.
var noise = []string{
	`const s%d = "export function fake() {}";`,
	`const q%d = 'it\'s "export" \\';`,
	"const t%d = `x ${ {a: \"}\"}.a } export const y = 1 ${`in ${1} }`}`;",
	`const r%d = /export|['"\x60]\/[}{(]/g;`,
	`const d%d = 10 / 2 / (1) /* export const no = 1 */;`,
	`// export const no = 2`,
	`/* export function no() {} */`,
	`const o%d = { export: 1, default: 2, "export x": 3 };`,
	`const m%d = ({ export: 3 }).export / 3;`,
	`if (true) /'/.test("'");`,
	`const p%d = (1) / 2 / [4][0];`,
	`let c%d = 0; function inc%d() { return ++c%d; }`,
	`class K%d { export() { return "m"; } static default() { return /}/.source; } }`,
	`const a%d = [1, 2, 3].map(x => x / 2).filter(x => x > 0.5);`,
	`const e%d = typeof /export/ === "object" ? "re" : "div";`,
	`label%d: for (;;) { break label%d; }`,
	`const b%d = 4; const z%d = b%d
/2/1;`,
	`const f%d = function () { return "export"; }();`,
	"const w%d = `${`${`${'export'}`}`}`;",
	`{ const block = "export"; }`,
}

// exportsOf is export statements; %d is a number unique to the module.
var exportsOf = []string{
	`export function f%d() { return "f%d"; }`,
	`export const v%d = { n: %d, s: "export" };`,
	`export let l%d = %d; export function bump%d() { return ++l%d; }`,
	`export class C%d { static v() { return %d; } }`,
	`export async function as%d() { return %d; }`,
	`export function* g%d() { yield %d; }`,
	`const x%d = [%d]; export { x%d as y%d };`,
	`export var w%d = "w" + %d;`,
	"export\nfunction nl%d() { return %d; }",
	`export  function cm%d() { return /export/.source + %d; }`,
	`export const tv%d = ` + "`v${%d}`" + `, tw%d = 1;`,
	`export default function dflt%d() { return "d"; }`,
	`export default { n: %d, f() { return "d"; } };`,
}

// importsOf is imports of the tests' host modules, each with an export
// that uses what it binds (%d: a number unique to the module).
var importsOf = [][2]string{
	{`import hostFn from "cjs-host"`, `export function imp1_%d() { return hostFn() + hostFn.x; }`},
	{`import * as ns from 'cjs-host'`, `export function imp2_%d() { return [typeof ns.default, ns.x, ns.y, ns.hidden, Object.keys(ns).sort().join()].join("|"); }`},
	{"import {\n  x,\n  y as why } from \"cjs-host\"", `export function imp3_%d() { return x + why; }`},
	{`import d from "esm-host"`, `export function imp4_%d() { return d; }`},
	{`import * as en from "esm-host"`, `export function imp5_%d() { return [en.default, en.named].join(); }`},
	{`import "cjs-host"`, `export const imp6_%d = 6;`},
	{`import {named as nm} from 'esm-host'`, `export let imp7_%d = nm;`},
}

func TestGeneratedModulesAgreeWithEsbuild(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 3000
	accepted, withImports := 0, 0
	for i := range n {
		var b strings.Builder
		hasDefault := false
		var uses []string
		for _, h := range r.Perm(len(importsOf))[:r.IntN(3)] {
			b.WriteString(importsOf[h][0])
			b.WriteString([]string{"\n", "; ", ";\n"}[r.IntN(3)])
			uses = append(uses, strings.ReplaceAll(importsOf[h][1], "%d", strconv.Itoa(i)))
		}
		for j := range 2 + r.IntN(8) {
			id := i*100 + j
			var form string
			if r.IntN(2) == 0 {
				form = noise[r.IntN(len(noise))]
			} else {
				form = exportsOf[r.IntN(len(exportsOf))]
				if strings.Contains(form, "export default") {
					if hasDefault {
						continue
					}
					hasDefault = true
				}
			}
			b.WriteString(strings.ReplaceAll(form, "%d", strconv.Itoa(id)))
			b.WriteString([]string{"\n", " ", "\n\n", ";"}[r.IntN(4)])
		}
		b.WriteString("\n" + strings.Join(uses, "\n"))
		src := b.String()
		got, ok := viaEsmlite(t, src)
		if !ok {
			continue
		}
		accepted++
		if len(uses) > 0 {
			withImports++
		}
		if want := viaEsbuild(t, src); got != want {
			t.Fatalf("module %d:\n%s\nesmlite: %q\nesbuild: %q", i, src, got, want)
		}
	}
	// the test means little if Parse declines most modules: multiple
	// bindings in one export and modules without exports are declined
	t.Logf("%d of %d modules taken, %d of them with imports", accepted, n, withImports)
	if accepted < n/2 || withImports < n/4 {
		t.Errorf("only %d of %d modules taken, %d with imports", accepted, n, withImports)
	}
}

// FuzzParse: whatever the text, Parse does not panic, and what it takes
// evaluates as esbuild's bundle of the same text does.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"export function setup(router) {}",
		"export default class K {}\nexport let n = 1; export function bump() { return ++n }",
		"const s = 'export const x = 1'; export const t = `${s}` / 1",
		"if (x) /'/.test(s); export var v = 2",
		"export\nfunction f() {}\nexport async function g() {}",
		"import * as ns from 'cjs-host'; import { x as y } from \"cjs-host\"\nexport const v = [ns.x, y]",
		"import d from 'esm-host'\nexport default d",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got, ok := viaEsmlite(t, src)
		if !ok || strings.HasPrefix(got, "compile:") || strings.HasPrefix(got, "evaluate:") || strings.Contains(src, "this") {
			return
		}
		res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatCommonJS, Target: api.ES2020, LogLevel: api.LogLevelSilent})
		if len(res.Errors) > 0 {
			return // not a module Node would run either; Parse's answer does not matter
		}
		if want := viaEsbuild(t, src); got != want && !strings.HasPrefix(want, "evaluate:") {
			t.Fatalf("%q:\nesmlite: %q\nesbuild: %q", src, got, want)
		}
	})
}
