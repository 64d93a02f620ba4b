package jsguard

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// installDynamicCode puts eval and the Function constructors (Function,
// and AsyncFunction and GeneratorFunction, reachable through any such
// function's constructor; goja has no async generators) under the BigInt
// rule of the runtime: in one without BigInt, code that uses BigInt is
// refused with its TypeError; in one with BigInt, code with a growing
// operator is rewritten as Compile rewrites a program. Other code goes
// to goja's eval or constructor unchanged.
//
// eval is replaced on first use (nothing but its global name reaches it:
// see installEval); the Function constructors at once, as any function's
// constructor property reaches them.
func (g *guard) installDynamicCode() {
	global := g.vm.GlobalObject()
	if g.proxyTargets == nil {
		g.initProxies()
	}
	if fn, ok := global.Get("Function").(*goja.Object); ok {
		p := g.functionConstructor(fn, 0, true)
		must(global.DefineDataProperty("Function", p, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	v, err := g.vm.RunProgram(hiddenConstructors)
	must(err)
	list := v.(*goja.Object)
	for i, key := range []string{"0", "1"} {
		if c, ok := list.Get(key).(*goja.Object); ok {
			g.functionConstructor(c, i+1, false)
		}
	}
}

// installEval replaces the global eval by a function of the guard. goja
// runs a direct eval (eval(code) inside a function, seeing its variables)
// only for its own eval function, so every eval is now an indirect one,
// which runs its code in the global scope. It is a lazy group of its own:
// goja's eval is reachable only through the global object's property,
// which is taken from goja's global object on its first read.
func (g *guard) installEval() {
	global := g.vm.GlobalObject()
	ev, ok := g.original("eval").(*goja.Object)
	if !ok {
		return
	}
	g.evalFn, _ = goja.AssertFunction(ev)
	f := g.vm.ToValue(g.eval).(*goja.Object)
	must(f.DefineDataProperty("name", g.vm.ToValue("eval"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(f.DefineDataProperty("length", g.vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	if global.Get("eval") == ev { // not shadowed by the plugin
		must(global.DefineDataProperty("eval", f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
}

// runRewritten compiles and runs dynamic code that dynamicCode rewrote:
// a compile error is the plugin's SyntaxError, a throw its exception.
func (g *guard) runRewritten(prg *ast.Program) goja.Value {
	p, err := goja.CompileAST(prg, false)
	if err != nil {
		panic(g.newError("SyntaxError", strings.TrimPrefix(err.Error(), "SyntaxError: ")))
	}
	v, err := g.vm.RunProgram(p)
	if err != nil {
		panic(err)
	}
	return v
}

// hiddenConstructors answers the Function constructors that have no
// global name. Compiled once per process.
var hiddenConstructors = goja.MustCompile("jsguard-function-constructors",
	"[(async function () {}).constructor, (function* () {}).constructor]", true)

// eval is the runtime's eval.
func (g *guard) eval(call goja.FunctionCall) goja.Value {
	src, ok := call.Argument(0).(goja.String)
	if !ok || len(call.Arguments) == 0 {
		return call.Argument(0)
	}
	if prg := g.dynamicCode(src.String()); prg != nil {
		wrapLexical(prg)
		return g.runRewritten(prg)
	}
	v, err := g.evalFn(goja.Undefined(), src)
	if err != nil {
		panic(err)
	}
	return v
}

// dynamicCode applies the runtime's BigInt rule to code given to eval or
// a Function constructor: in a runtime without BigInt it throws if the
// code uses BigInt; in one with BigInt it answers the code rewritten if
// it has a growing operator. It answers nil for code to hand to goja as
// it is (including code that does not parse: goja reports the error).
func (g *guard) dynamicCode(src string) *ast.Program {
	if g.cfg.DisableBigInt {
		if !mayUseBigInt(src) {
			return nil
		}
		prg, err := parse("<eval>", src)
		if err == nil && usesBigInt(prg) {
			g.notEnabled()
		}
		return nil
	}
	prg, err := parse("<eval>", src)
	if err != nil {
		return nil
	}
	n, err := rewriteProgram(prg, false)
	if err != nil {
		panic(g.newError("SyntaxError", err.Error()))
	}
	if n == 0 {
		return nil
	}
	return prg
}

// wrapLexical puts the top level of eval code that declares let, const or
// class into a block: the rewritten code runs as a script, whose lexical
// declarations would otherwise become global ones (and a second eval of
// the same code would fail), where an eval keeps them to itself.
func wrapLexical(prg *ast.Program) {
	for _, st := range prg.Body {
		switch st.(type) {
		case *ast.LexicalDeclaration, *ast.ClassDeclaration:
			prg.Body = []ast.Statement{&ast.BlockStatement{LeftBrace: prg.Body[0].Idx0(), List: prg.Body, RightBrace: prg.Body[len(prg.Body)-1].Idx1()}}
			return
		}
	}
}

// functionCtor is one Function constructor that the guard replaced by a
// proxy: its kind, as goja's source text for it begins, and its Go
// callables, taken on its first use.
type functionCtor struct {
	target, proxy *goja.Object
	kind          string
	call          goja.Callable
	ctor          goja.Constructor
}

// functionKinds are the kinds of the Function constructors, as
// installDynamicCode replaces them: Function, AsyncFunction,
// GeneratorFunction.
var functionKinds = [...]string{"function", "async function", "function*"}

// functionConstructor replaces the Function constructor of kind i (see
// functionKinds) by a proxy that applies the BigInt rule to the function's
// source, as goja assembles it ("(function anonymous(" params "\n) {\n"
// body "\n})"), and points the constructor's prototype.constructor at the
// proxy. It returns the proxy. The three proxies share one trap
// configuration, which finds the constructor by the proxy's target.
func (g *guard) functionConstructor(target *goja.Object, i int, global bool) *goja.Object {
	if !isFunction(target) {
		return target
	}
	if g.functionTraps == nil {
		g.functionTraps = &goja.ProxyTrapConfig{
			GetSym: g.getSym,
			Apply: func(target *goja.Object, _ goja.Value, args []goja.Value) goja.Value {
				return g.buildFunction(g.functionCtor(target), args, nil)
			},
			Construct: func(target *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
				return g.buildFunction(g.functionCtor(target), args, newTarget)
			},
		}
	}
	pv := g.vm.ToValue(g.vm.NewProxy(target, g.functionTraps)).(*goja.Object)
	g.functionCtors[i] = functionCtor{target: target, proxy: pv, kind: functionKinds[i]}
	g.proxyTargets[pv] = target
	if proto, ok := target.Get("prototype").(*goja.Object); ok {
		// writable for Function.prototype.constructor, read-only for the
		// hidden ones (as ECMAScript has them)
		w := goja.FLAG_FALSE
		if global {
			w = goja.FLAG_TRUE
		}
		must(proto.DefineDataProperty("constructor", pv, w, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	return pv
}

// functionCtor answers the replaced Function constructor whose proxy has
// target, with its Go callables.
func (g *guard) functionCtor(target *goja.Object) *functionCtor {
	for i := range g.functionCtors {
		if c := &g.functionCtors[i]; c.target == target {
			if c.call == nil {
				c.call, _ = goja.AssertFunction(target)
				c.ctor, _ = goja.AssertConstructor(target)
				if c.call == nil || c.ctor == nil {
					panic(g.newError("TypeError", "Function constructor is not a constructor"))
				}
			}
			return c
		}
	}
	panic("jsguard: a Function constructor proxy of an unknown target")
}

// buildFunction is a call (newTarget nil) or construction of a Function
// constructor's proxy: the function's source under the BigInt rule, made
// by goja's constructor when it is left as it is.
func (g *guard) buildFunction(c *functionCtor, args []goja.Value, newTarget *goja.Object) *goja.Object {
	strs := make([]goja.Value, len(args))
	var sb strings.Builder
	sb.WriteString("(" + c.kind + " anonymous(")
	for i, a := range args {
		strs[i] = a.ToString() // converted once, handed on converted
		if i == len(args)-1 {
			break
		}
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strs[i].String())
	}
	sb.WriteString("\n) {\n")
	if len(args) > 0 {
		sb.WriteString(strs[len(args)-1].String())
	}
	sb.WriteString("\n})")
	prg := g.dynamicCode(sb.String())
	if prg == nil {
		var v goja.Value
		var err error
		if newTarget != nil {
			v, err = c.ctor(newTarget, strs...)
		} else {
			v, err = c.call(goja.Undefined(), strs...)
		}
		if err != nil {
			panic(err)
		}
		return v.(*goja.Object)
	}
	// The rewritten source must still be one function expression, as
	// goja's own constructor assumes without checking.
	if len(prg.Body) != 1 || !isFunctionExpression(prg.Body[0]) {
		panic(g.newError("SyntaxError", "Unexpected token in the function's parameters or body"))
	}
	f := g.runRewritten(prg).(*goja.Object)
	if newTarget != nil && newTarget != c.proxy {
		if proto, ok := newTarget.Get("prototype").(*goja.Object); ok {
			must(f.SetPrototype(proto))
		}
	}
	return f
}

func isFunctionExpression(st ast.Statement) bool {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	_, ok = es.Expression.(*ast.FunctionLiteral)
	return ok
}
