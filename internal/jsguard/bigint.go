package jsguard

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/token"
)

// DefaultMaxBigIntBits is the default bound on the size of a BigInt that a
// guarded operator makes: 1 Mi bits (128 KiB, 315,653 decimal digits).
// At this size one multiplication takes about 7 ms on a shared 2-core
// machine, a power 12 ms, and the BigInt's toString 40 ms; at 4 Mi bits
// they take 175 ms, 150 ms and 550 ms (TestBigIntCosts logs them). V8's
// bound is 2**30 bits.
const DefaultMaxBigIntBits = 1 << 20

// notEnabledMessage is the TypeError of a BigInt producer in a runtime
// without BigInt.
const notEnabledMessage = "BigInt is not enabled for this plugin because its code does not mention it"

// tooBigMessage is Node's RangeError for a BigInt past its bound.
const tooBigMessage = "Maximum BigInt size exceeded"

// installBigInt gives the runtime its BigInt capability: the guarded
// operators' helpers and a BigInt whose parsing is bounded, or, with
// Config.DisableBigInt, a BigInt (and asUintN, asIntN) that throw.
// BigInt64Array, BigUint64Array and DataView's BigInt methods are dealt
// with when their group is loaded (installBuffers, installDataView).
func (g *guard) installBigInt() {
	global := g.vm.GlobalObject()
	bi, ok := g.original("BigInt").(*goja.Object)
	if !ok {
		return
	}
	orig, ok := goja.AssertFunction(bi)
	if !ok {
		return
	}
	var traps *goja.ProxyTrapConfig
	if g.cfg.DisableBigInt {
		g.wrap(bi, "asUintN", &bigIntDenied)
		g.wrap(bi, "asIntN", &bigIntDenied)
		traps = &goja.ProxyTrapConfig{Apply: func(*goja.Object, goja.Value, []goja.Value) goja.Value {
			g.notEnabled()
			return nil
		}}
	} else {
		traps = &goja.ProxyTrapConfig{Apply: func(_ *goja.Object, this goja.Value, args []goja.Value) goja.Value {
			v := goja.Undefined()
			if len(args) > 0 {
				v = args[0]
			}
			if o, ok := v.(*goja.Object); ok {
				v = g.toPrimitive(o, "number") // converted once, handed on converted
			}
			g.checkBigIntString(v)
			r, err := orig(this, v)
			if err != nil {
				panic(err)
			}
			return r
		}}
		// asUintN and asIntN: reachable without the global, through
		// (0n).constructor; goja computes 2**bits.
		g.wrap(bi, "asUintN", &bigIntAsN)
		g.wrap(bi, "asIntN", &bigIntAsN)
		g.installBigIntHelpers()
	}
	p := g.vm.ToValue(g.vm.NewProxy(bi, traps)).(*goja.Object)
	if proto, ok := bi.Get("prototype").(*goja.Object); ok {
		must(proto.DefineDataProperty("constructor", p, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	if global.Get("BigInt") == bi { // not shadowed by the plugin
		must(global.DefineDataProperty("BigInt", p, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
}

var bigIntDenied = methodSpec{check: func(g *guard, _ *goja.FunctionCall) { g.notEnabled() }}

var bigIntAsN = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	if number(arg(call, 0)) > float64(g.cfg.MaxBigIntBits) {
		g.throw(tooBigMessage)
	}
	if o, ok := arg(call, 1).(*goja.Object); ok {
		setArg(call, 1, g.toPrimitive(o, "number"))
	}
	g.checkBigIntString(arg(call, 1))
}}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// notEnabled throws the TypeError of a BigInt producer in a runtime
// without BigInt.
func (g *guard) notEnabled() {
	panic(g.newError("TypeError", notEnabledMessage))
}

// newError makes an error of goja's constructor name (taken from its
// global object, which plugins cannot reach).
func (g *guard) newError(ctor, msg string) *goja.Object {
	c, ok := g.own(ctor).(*goja.Object)
	if !ok {
		panic("jsguard: the runtime has no " + ctor)
	}
	e, err := g.vm.New(c, g.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return e
}

// checkBigIntString refuses a string that would parse into a BigInt past
// the bound, or take long to parse: Go parses decimal digits in quadratic
// time (100 Ki digits take about 45 ms), so a decimal string may have
// MaxBigIntBits/10 digits, and one in base 16, 8 or 2 as many digits as
// MaxBigIntBits allows. A string that is not a number is left to goja,
// which finds out quickly.
func (g *guard) checkBigIntString(v goja.Value) {
	s, ok := v.(goja.String)
	if !ok || int64(s.Length()) <= g.cfg.MaxBigIntBits/10 {
		return
	}
	t := strings.TrimSpace(s.String())
	digits, perDigit := t, int64(0)
	if len(t) > 2 && t[0] == '0' {
		switch t[1] {
		case 'x', 'X':
			digits, perDigit = t[2:], 4
		case 'o', 'O':
			digits, perDigit = t[2:], 3
		case 'b', 'B':
			digits, perDigit = t[2:], 1
		}
	}
	if perDigit == 0 && len(t) > 0 && (t[0] == '-' || t[0] == '+') {
		digits = t[1:]
	}
	for i := 0; i < len(digits); i++ {
		if c := digits[i]; !isDigit(c, perDigit) {
			return // not a number: parsed (and refused) at once
		}
	}
	n := int64(len(digits))
	if perDigit == 0 && n > g.cfg.MaxBigIntBits/10 || n*perDigit > g.cfg.MaxBigIntBits {
		g.throw(tooBigMessage)
	}
}

// isDigit reports whether c is a digit of the base whose digits carry
// perDigit bits (0 for decimal).
func isDigit(c byte, perDigit int64) bool {
	switch perDigit {
	case 4:
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	case 3:
		return c >= '0' && c <= '7'
	case 1:
		return c == '0' || c == '1'
	}
	return c >= '0' && c <= '9'
}

// toPrimitive is ECMAScript's ToPrimitive of an object with a hint
// ("number" or "string"): Symbol.toPrimitive, else valueOf and toString in
// the hint's order. The guards call it to convert an operand once and
// hand the primitive on.
func (g *guard) toPrimitive(o *goja.Object, hint string) goja.Value {
	if ex := o.GetSymbol(goja.SymToPrimitive); ex != nil && !goja.IsUndefined(ex) && !goja.IsNull(ex) {
		f, ok := goja.AssertFunction(ex)
		if !ok {
			panic(g.newError("TypeError", "Symbol.toPrimitive is not a function"))
		}
		r, err := f(o, g.vm.ToValue(hint))
		if err != nil {
			panic(err)
		}
		if _, obj := r.(*goja.Object); obj {
			panic(g.newError("TypeError", "Cannot convert object to primitive value"))
		}
		return r
	}
	order := [2]string{"valueOf", "toString"} // number and default
	if hint == "string" {
		order = [2]string{"toString", "valueOf"}
	}
	for _, name := range order {
		if f, ok := goja.AssertFunction(o.Get(name)); ok {
			r, err := f(o)
			if err != nil {
				panic(err)
			}
			if _, obj := r.(*goja.Object); !obj {
				return r
			}
		}
	}
	panic(g.newError("TypeError", "Cannot convert object to primitive value"))
}

// toNumeric is ECMAScript's ToNumeric of an object: its primitive (number
// hint), a BigInt as it is, anything else converted to a number.
func (g *guard) toNumeric(o *goja.Object) goja.Value {
	p := g.toPrimitive(o, "number")
	if _, ok := p.Export().(*big.Int); ok {
		return p
	}
	return p.ToNumber()
}

// helpersSource makes the guarded operators. Each converts an object
// operand once (host's PRIM is ToNumeric), in the operator's order, and
// hands two BigInts to host's CHECK, which throws if the result would be
// past the bound, answers the result itself when it had to compute it to
// know, or answers undefined; the operator then runs on the converted
// operands, so a Number's result is the operator's own. BigInts small
// enough that the result cannot pass the bound skip the check (a few
// comparisons instead of a call into Go): below 2**64 for * (2**(bound/2)
// under a bound of 128 bits), and for << and >> with a shift of at most
// the bound less 64 bits either way, below 2**32 raised to at most
// bound/32 for **. A Symbol on the left throws at once, before the right
// operand is converted, as the operator does. ref and set are a compound
// assignment to a property: ref reads the property once, set applies the
// operator to the value read and the right operand, and stores the result
// as an assignment in strict or sloppy code does (host's PUT). The key is
// converted when read and again when stored, as V8 and goja do.
//
// The helpers reach Go through one native function, host, whose first
// argument says what it does (the host* constants): one function object
// per runtime instead of six. The fast path's bounds (H, NH, HB, NHB, S,
// NS, PB) and DEC are literals of the program, made for the runtime's
// MaxBigIntBits (see helpersFor), so that no runtime builds them.
const helpersSource = `(function (host) {
	"use strict";
	const PRIM = %d, CHECK = %d, PUT = %d, ERROR = %d, TO_PRIM = %d, PARSE = %d;
	const H = %sn, NH = -%sn, HB = %dn, NHB = -%dn, S = %sn, NS = -%sn, PB = %dn, DEC = %d;
	%s
	function ref(o, k, strict) {
		if (o === null || o === undefined) throw new (host(ERROR, "TypeError"))("Cannot read properties of " + o);
		return { o: o, k: k, v: o[k], s: strict };
	}
	function set(r, y, op) {
		const v = op === 0 ? mul(r.v, y) : op === 1 ? pow(r.v, y) : op === 2 ? shl(r.v, y) : shr(r.v, y);
		const failed = host(PUT, r.o, r.k, v, r.s);
		if (failed !== undefined) throw new (host(ERROR, "TypeError"))(failed);
		return v;
	}
	%s
	return [mul, pow, shl, shr, ref, set, eq, ne, lt, gt, le, ge];
})`

// What the helpers' host function does, by its first argument.
const (
	hostPrim        = iota // host(PRIM, o): ToNumeric of the object o
	hostCheck              // host(CHECK, op, a, b): bigCheck
	hostPut                // host(PUT, o, k, v, strict): put
	hostError              // host(ERROR, name): goja's TypeError or RangeError
	hostToPrimitive        // host(TO_PRIM, o, hint): toPrimitive
	hostParse              // host(PARSE, s): checkBigIntString
)

// relationalTemplate and equalityTemplate make the guarded comparisons:
// they convert an object operand as the operator would (ToPrimitive, with
// the number hint for <, >, <= and >=; for == and != only an object
// compared with a string or a BigInt, with the default hint), and hand a
// string compared with a BigInt to host's PARSE (checkBigIntString) if it
// is long, before the operator runs on the converted operands.
const relationalTemplate = `
	function %s(a, b) {
		let ta = typeof a, tb = typeof b;
		if (ta === "object" && a !== null || ta === "function") { a = host(TO_PRIM, a, "number"); ta = typeof a; }
		if (tb === "object" && b !== null || tb === "function") { b = host(TO_PRIM, b, "number"); tb = typeof b; }
		if (ta === "bigint" && tb === "string" && b.length > DEC) host(PARSE, b);
		else if (ta === "string" && tb === "bigint" && a.length > DEC) host(PARSE, a);
		return a %s b;
	}`

const equalityTemplate = `
	function %s(a, b) {
		let ta = typeof a, tb = typeof b;
		const oa = ta === "object" && a !== null || ta === "function", ob = tb === "object" && b !== null || tb === "function";
		if (oa && !ob && (tb === "string" || tb === "bigint")) { a = host(TO_PRIM, a, "default"); ta = typeof a; }
		else if (ob && !oa && (ta === "string" || ta === "bigint")) { b = host(TO_PRIM, b, "default"); tb = typeof b; }
		if (ta === "bigint" && tb === "string" && b.length > DEC) host(PARSE, b);
		else if (ta === "string" && tb === "bigint" && a.length > DEC) host(PARSE, a);
		return a %s b;
	}`

const helperTemplate = `
	function %s(a, b) {
		if (typeof a !== "number" || typeof b !== "number") {
			let t = typeof a;
			if (t === "object" && a !== null || t === "function") a = host(PRIM, a);
			else if (t === "symbol") return a %s b;
			t = typeof b;
			if (t === "object" && b !== null || t === "function") b = host(PRIM, b);
			if (typeof a === "bigint" && typeof b === "bigint" && !(%s)) {
				const r = host(CHECK, %d, a, b);
				if (r !== undefined) {
					if (r === null) throw new (host(ERROR, "RangeError"))("` + tooBigMessage + `");
					return r;
				}
			}
		}
		return a %s b;
	}`

// helpersPrograms holds the helpers' program by MaxBigIntBits: compiled
// once per process for each bound that a runtime uses (in practice one).
var helpersPrograms sync.Map // int64 -> *goja.Program

// helpersFor answers the helpers' program for a bound of maxBits bits.
func helpersFor(maxBits int64) *goja.Program {
	if p, ok := helpersPrograms.Load(maxBits); ok {
		return p.(*goja.Program)
	}
	var fns strings.Builder
	const smallShift = "a < H && a > NH && b <= HB && b >= NHB"
	for _, op := range []struct {
		name, sym, small string
		code             int
	}{
		{"mul", "*", "a < H && a > NH && b < H && b > NH", opMul},
		{"pow", "**", "b >= 0n && b <= PB && a < S && a > NS", opPow},
		{"shl", "<<", smallShift, opShl},
		{"shr", ">>", smallShift, opShr},
	} {
		fmt.Fprintf(&fns, helperTemplate, op.name, op.sym, op.small, op.code, op.sym)
	}
	var cmps strings.Builder
	for _, c := range []struct{ name, sym string }{{"lt", "<"}, {"gt", ">"}, {"le", "<="}, {"ge", ">="}} {
		fmt.Fprintf(&cmps, relationalTemplate, c.name, c.sym)
	}
	for _, c := range []struct{ name, sym string }{{"eq", "=="}, {"ne", "!="}} {
		fmt.Fprintf(&cmps, equalityTemplate, c.name, c.sym)
	}
	// the fast path's bounds: small numbers, so that they cost nothing
	smallBits := min(64, maxBits/2) // |a|, |b| below 2**smallBits
	h := new(big.Int).Lsh(big.NewInt(1), uint(smallBits)).String()
	shift := maxBits - smallBits // a shift that keeps such an a within the bound
	s := new(big.Int).Lsh(big.NewInt(1), 32).String()
	src := fmt.Sprintf(helpersSource, hostPrim, hostCheck, hostPut, hostError, hostToPrimitive, hostParse,
		h, h, shift, shift, s, s, maxBits/32, maxBits/10, fns.String(), cmps.String())
	p, _ := helpersPrograms.LoadOrStore(maxBits, goja.MustCompile("plugmux:bigint-helpers.js", src, true))
	return p.(*goja.Program)
}

// helperNames are the global names of the helpers, in the order the
// helpers' program answers them.
var helperNames = func() []string {
	names := []string{helperMul, helperPow, helperShl, helperShr, helperRef, helperSet}
	for _, op := range []token.Token{token.EQUAL, token.NOT_EQUAL, token.LESS, token.GREATER, token.LESS_OR_EQUAL, token.GREATER_OR_EQUAL} {
		names = append(names, comparisons[op])
	}
	return names
}()

// installBigIntHelpers defines the helpers as global functions that a
// plugin can neither overwrite nor delete (a rewritten program names none
// of its own bindings with their prefix, so none shadows them).
func (g *guard) installBigIntHelpers() {
	f, err := g.vm.RunProgram(helpersFor(g.cfg.MaxBigIntBits))
	must(err)
	mk, _ := goja.AssertFunction(f)
	list, err := mk(nil, g.vm.ToValue(g.bigHost))
	must(err)
	fns := list.(*goja.Object)
	global := g.vm.GlobalObject()
	for i, name := range helperNames {
		must(global.DefineDataProperty(name, fns.Get(strconv.Itoa(i)), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	}
}

// bigHost is the helpers' one way into Go: host(what, ...) does what the
// host* constant what says with the arguments that follow it.
func (g *guard) bigHost(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		return goja.Undefined()
	}
	args := goja.FunctionCall{This: call.This, Arguments: call.Arguments[1:]}
	switch call.Arguments[0].ToInteger() {
	case hostPrim:
		return g.toNumeric(args.Argument(0).(*goja.Object))
	case hostCheck:
		return g.bigCheck(args)
	case hostPut:
		return g.put(args)
	case hostError:
		// goja's TypeError or RangeError when a helper throws one: taken
		// then, not at Install (5 KB in a runtime that never throws either)
		return g.own(args.Argument(0).String())
	case hostToPrimitive:
		return g.toPrimitive(args.Argument(0).(*goja.Object), args.Argument(1).String())
	case hostParse:
		g.checkBigIntString(args.Argument(0))
	}
	return goja.Undefined()
}

// put(o, k, v, strict) stores v in o[k] as an assignment does: [[Set]] on
// ToObject(o) with o as the receiver. It answers the message of the
// TypeError to throw when that fails in strict code, else undefined.
func (g *guard) put(call goja.FunctionCall) goja.Value {
	if g.reflectSet == nil {
		r, _ := g.own("Reflect").(*goja.Object)
		if r != nil {
			g.reflectSet, _ = goja.AssertFunction(r.Get("set"))
		}
		if g.reflectSet == nil {
			panic("jsguard: the runtime has no Reflect.set")
		}
	}
	o, k, v := call.Argument(0), call.Argument(1), call.Argument(2)
	ok, err := g.reflectSet(nil, o.ToObject(g.vm), k, v, o)
	if err != nil {
		panic(err)
	}
	if !ok.ToBoolean() && call.Argument(3).ToBoolean() {
		return g.vm.ToValue(fmt.Sprintf("Cannot assign to read only property '%s' of %s", k.String(), typeName(o)))
	}
	return goja.Undefined()
}

func typeName(v goja.Value) string {
	if _, ok := v.(*goja.Object); ok {
		return "object"
	}
	return v.ExportType().Kind().String()
}

// bigCheck(op, a, b) is the helpers' check of an operation on two BigInts
// (op is opMul, opPow, opShl or opShr): it answers null, for the helper
// to throw Node's RangeError, if the result would have more than
// MaxBigIntBits bits, before anything is computed when the operands'
// sizes say so; when they leave it open (a product of n+m-1 or n+m bits),
// it computes the result, checks it and answers it. It also answers a shift right past every bit itself (goja
// reads only the low 64 bits of the shift count).
func (g *guard) bigCheck(call goja.FunctionCall) goja.Value {
	op := call.Argument(0).ToInteger()
	x, _ := call.Argument(1).Export().(*big.Int)
	y, _ := call.Argument(2).Export().(*big.Int)
	if x == nil || y == nil {
		return goja.Undefined()
	}
	maxBits := g.cfg.MaxBigIntBits
	bx := int64(x.BitLen())
	switch op {
	case opMul:
		by := int64(y.BitLen())
		if bx == 0 || by == 0 {
			break
		}
		if bx+by-1 > maxBits {
			return goja.Null()
		}
		if bx+by > maxBits {
			return g.bigResult(new(big.Int).Mul(x, y))
		}
	case opPow:
		if y.Sign() < 0 || bx <= 1 { // the operator's RangeError; or |x| ≤ 1
			break
		}
		if !y.IsInt64() || y.Int64() >= maxBits {
			return goja.Null()
		}
		n := y.Int64()
		if (bx-1)*n+1 > maxBits {
			return goja.Null()
		}
		if bx*n > maxBits {
			return g.bigResult(new(big.Int).Exp(x, y, nil))
		}
	case opShl, opShr:
		if x.Sign() == 0 {
			break
		}
		n := new(big.Int).Set(y) // the shift to the left
		if op == opShr {
			n.Neg(n)
		}
		if n.Sign() > 0 {
			if !n.IsInt64() || bx+n.Int64() > maxBits {
				return goja.Null()
			}
			break
		}
		if !n.IsInt64() || -n.Int64() >= bx {
			// every bit shifted out: 0, or -1 for a negative number
			if x.Sign() < 0 {
				return g.vm.ToValue(big.NewInt(-1))
			}
			return g.vm.ToValue(new(big.Int))
		}
	}
	return goja.Undefined()
}

// bigResult answers r if it is within the bound, else null.
func (g *guard) bigResult(r *big.Int) goja.Value {
	if int64(r.BitLen()) > g.cfg.MaxBigIntBits {
		return goja.Null()
	}
	return g.vm.ToValue(r)
}

// installDataView takes DataView's BigInt methods away in a runtime
// without BigInt, and bounds the string that setBigInt64 and
// setBigUint64 parse in one with BigInt.
func (g *guard) installDataView() {
	dv, ok := g.original("DataView").(*goja.Object)
	if !ok {
		return
	}
	proto, ok := dv.Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	if g.cfg.DisableBigInt {
		deny := func(*goja.FunctionCall) { g.notEnabled() }
		for _, name := range []string{"getBigInt64", "getBigUint64", "setBigInt64", "setBigUint64"} {
			g.method(proto, name, deny)
		}
		return
	}
	check := func(call *goja.FunctionCall) {
		if o, ok := arg(call, 1).(*goja.Object); ok {
			setArg(call, 1, g.toPrimitive(o, "number"))
		}
		g.checkBigIntString(arg(call, 1))
	}
	for _, name := range []string{"setBigInt64", "setBigUint64"} {
		g.method(proto, name, check)
	}
}
