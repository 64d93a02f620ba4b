package jsguard

import (
	"fmt"
	"math"
	"strconv"

	"github.com/dop251/goja"
)

// Defaults of Config.
const (
	// DefaultMaxAllocBytes is the default bound on one allocation: 256 MiB.
	DefaultMaxAllocBytes = 256 << 20
	// DefaultMaxDepth is the default bound on the nesting that a built-in
	// walks recursively in Go (JSON.stringify, JSON.parse, Array.prototype.flat,
	// nested joins). Node throws "Maximum call stack size exceeded" at a few
	// thousand levels for JSON.stringify; 5000 is in the same range.
	DefaultMaxDepth = 5000
	// DefaultMaxWalkLength is the default bound on the length of an array
	// (or array-like) that a built-in loops over in Go: 4 Mi elements,
	// about 0.6 s for a join of holes, 0.25 s for an indexOf.
	DefaultMaxWalkLength = 1 << 22
	// DefaultMaxSortLength is the default bound on the length of an array
	// sorted without a comparison function (a Go-native sort that cannot be
	// interrupted: about 0.6 s for 128 Ki numbers, as it compares them as
	// strings).
	DefaultMaxSortLength = 1 << 17
)

// slotBytes is what one element of a goja array costs at least: a Value
// interface in the backing slice.
const slotBytes = 16

// Config holds the bounds Install enforces. The zero value gives the
// defaults.
type Config struct {
	// MaxAllocBytes bounds what one call of a built-in may allocate, in
	// bytes: array buffers and typed arrays (their byte length), strings
	// (in UTF-16 code units, so a string of non-Latin-1 text may take twice
	// this), arrays (16 bytes an element), the argument list of apply.
	// Built-ins that walk an array also refuse arrays longer than
	// MaxAllocBytes/16 elements, because they loop in Go. If zero,
	// DefaultMaxAllocBytes.
	MaxAllocBytes int64
	// MaxDepth bounds the nesting of values walked recursively in Go, and
	// the nesting of guarded built-ins calling each other (a join of an
	// array of arrays of arrays...). If zero, DefaultMaxDepth.
	MaxDepth int
	// MaxWalkLength bounds the length of an array, or array-like, that a
	// built-in loops over in Go without seeing Runtime.Interrupt (join,
	// indexOf, forEach over holes...): past it, a RangeError. The bound on
	// elements is the smaller of this and MaxAllocBytes/16. Promise.all,
	// allSettled, any and race take 256 times fewer (16 Ki by default):
	// goja spends tens of microseconds an element there. If zero,
	// DefaultMaxWalkLength.
	MaxWalkLength int64
	// MaxSortLength bounds the length of an array sorted without a
	// comparison function. If zero, DefaultMaxSortLength.
	MaxSortLength int64
	// DisableBigInt takes BigInt away from the runtime: every producer
	// (BigInt, BigInt.asUintN and asIntN, BigInt64Array, BigUint64Array,
	// DataView's getBigInt64 and getBigUint64, and eval or new Function
	// given code that uses BigInt) throws a TypeError, so that no BigInt
	// exists in it and its operators need no guard. Set it for a runtime
	// whose program does not use BigInt (Program.UsesBigInt false). If
	// false, the runtime has the helpers that a program compiled by
	// Compile calls for its growing operators, and eval and the Function
	// constructors rewrite the code they are given in the same way.
	DisableBigInt bool
	// MaxBigIntBits bounds the size of a BigInt that a guarded operator
	// or BigInt() makes, in bits: past it, a RangeError ("Maximum BigInt
	// size exceeded"). If zero, DefaultMaxBigIntBits.
	MaxBigIntBits int64
}

func (c Config) withDefaults() Config {
	if c.MaxAllocBytes <= 0 {
		c.MaxAllocBytes = DefaultMaxAllocBytes
	}
	if c.MaxDepth <= 0 {
		c.MaxDepth = DefaultMaxDepth
	}
	if c.MaxWalkLength <= 0 {
		c.MaxWalkLength = DefaultMaxWalkLength
	}
	if c.MaxSortLength <= 0 {
		c.MaxSortLength = DefaultMaxSortLength
	}
	if c.MaxBigIntBits <= 0 {
		c.MaxBigIntBits = DefaultMaxBigIntBits
	}
	return c
}

// guard is the state of one runtime's wrappers. It is used only on the
// runtime's goroutine, like the runtime itself.
type guard struct {
	vm         *goja.Runtime
	cfg        Config
	depth      int
	rangeError *goja.Object

	// For the constructor proxies: goja's proxies do not implement
	// instanceof (OrdinaryHasInstance), so Symbol.hasInstance read
	// through one of them answers a function that asks the target.
	reflectGet   goja.Callable
	origHasInst  goja.Value
	hasInstance  goja.Value
	proxyTargets map[*goja.Object]*goja.Object

	// Function, AsyncFunction and GeneratorFunction, replaced by proxies
	// that share functionTraps: see functionConstructor
	functionCtors [len(functionKinds)]functionCtor
	functionTraps *goja.ProxyTrapConfig

	builtins *goja.Object          // goja's global object: see lazyGlobals
	taken    []uint64              // bit i: builtinGlobals' name i was taken from builtins
	loaded   map[string]goja.Value // the lazy globals guarded, as they were
	// names set on goja's global object before Install and taken since
	takenAdded map[string]bool
	polls      int // see poll

	arrayCtor   *goja.Object // goja's Array, for Array.from
	arrayValues *goja.Object // the guarded Array.prototype.values
	methods     []wrapped    // see wrap
	methodTraps *goja.ProxyTrapConfig
	noop        goja.Callable
	// Array.prototype.toString before and after wrapping: %TypedArray%'s
	// toString is the same function and gets the same wrapper.
	arrayToString, arrayToStringWrapper goja.Value

	reflectSet goja.Callable // goja's Reflect.set, for the BigInt helpers' put

	replacer    goja.Value        // JSON.stringify's replacer, made on first use
	stringifies []*stringifyState // the JSON.stringify calls in progress
	evalFn      goja.Callable     // goja's eval, which the guarded eval calls
}

// Install wraps the built-ins of vm whose cost grows with an argument so
// that a call past cfg's bounds throws a RangeError instead. Call it once,
// on a fresh runtime, before any JavaScript runs in it (and before the
// environment is set up, so that what the environment builds on, such as
// Uint8Array for Buffer, is guarded too).
//
// It returns an error only if vm lacks a built-in that goja always has.
func Install(vm *goja.Runtime, cfg Config) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("jsguard: installing the guards: %v", r)
		}
	}()
	g := &guard{vm: vm, cfg: cfg.withDefaults()}
	g.replaceGlobalObject()
	g.installStrings()
	g.installArrays()
	g.installCalls()
	g.installObjects()
	if !g.cfg.DisableBigInt {
		g.installBigInt() // else on first use: see lazyGroup
	}
	g.installDynamicCode()
	return nil
}

// throw raises a RangeError with msg in JavaScript. It is goja's own
// RangeError, taken from its global object (which plugins cannot reach)
// the first time, whatever a plugin did to the global name.
func (g *guard) throw(msg string) {
	if g.rangeError == nil {
		re, ok := g.own("RangeError").(*goja.Object)
		if !ok {
			panic("jsguard: the runtime has no RangeError")
		}
		g.rangeError = re
	}
	e, err := g.vm.New(g.rangeError, g.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

func (g *guard) tooLong() { g.throw("Invalid string length") }
func (g *guard) tooMany() { g.throw("Invalid array length") }
func (g *guard) tooDeep() { g.throw("Maximum call stack size exceeded") }

// maxSlots is the most elements a built-in may allocate or walk.
func (g *guard) maxSlots() int64 { return min(g.cfg.MaxAllocBytes/slotBytes, g.cfg.MaxWalkLength) }

// pollEvery is how many calls of poll pass between two interrupt checks.
const pollEvery = 1024

// poll is an interrupt point for the guard's own Go loops and callbacks
// (JSON.stringify's replacer is called for every value): every pollEvery
// calls it runs an empty JavaScript function, where goja sees a pending
// Runtime.Interrupt and unwinds the whole built-in with it.
func (g *guard) poll() {
	g.polls++
	if g.polls%pollEvery == 0 {
		g.interruptPoint()
	}
}

// interruptPoint runs an empty JavaScript function, where goja sees a
// pending Runtime.Interrupt: the built-in that calls it unwinds with it.
func (g *guard) interruptPoint() {
	if g.noop == nil {
		v, err := g.vm.RunProgram(noopProgram)
		if err != nil {
			panic(err)
		}
		g.noop, _ = goja.AssertFunction(v)
	}
	if _, err := g.noop(nil); err != nil {
		panic(err)
	}
}

// noopProgram is the empty function poll calls; compiled once per process.
var noopProgram = goja.MustCompile("jsguard-interrupt-point", "(function () {})", true)

// checker inspects a call before the original built-in runs. It may
// replace call.This and call.Arguments (with values already converted, so
// that conversions with side effects run once).
type checker func(call *goja.FunctionCall)

// A methodSpec is how one guarded method is checked: check inspects the
// call (as a checker does), then impl, if any, may answer it instead of
// the original (nil: the original runs). The methods Install wraps at
// once have their specs in package variables, shared by every runtime:
// the guard keeps a pointer per method, not closures.
type methodSpec struct {
	check func(g *guard, call *goja.FunctionCall)
	impl  func(g *guard, call goja.FunctionCall) goja.Value
}

// wrap replaces obj[name] by a proxy of it whose apply trap runs spec and
// then the original (a proxy costs less than a new function, and forwards
// name, length and everything else). It returns the proxy, or nil if obj
// has no such function.
//
// The proxies of a runtime share one trap configuration, which finds the
// spec by the proxy's target in g.methods: a wrapper then costs a proxy
// object and an entry of three words.
func (g *guard) wrap(obj *goja.Object, name string, spec *methodSpec) *goja.Object {
	target, ok := obj.Get(name).(*goja.Object)
	if !ok || !isFunction(target) {
		return nil
	}
	if g.methodTraps == nil {
		g.methods = make([]wrapped, 0, installedMethods)
		g.methodTraps = &goja.ProxyTrapConfig{Apply: g.apply}
	}
	g.methods = append(g.methods, wrapped{target: target, spec: spec})
	f := g.vm.ToValue(g.vm.NewProxy(target, g.methodTraps)).(*goja.Object)
	if err := obj.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
	return f
}

// wrapped is one method that wrap replaced: its original, its spec, and
// the original's Go callable, taken on its first call (goja.AssertFunction
// makes a closure, and most guarded methods of a runtime are never
// called).
//
// The methods of a runtime are a slice searched in the order they were
// wrapped, not a map: a map of the 64 or so that Install wraps took 2.3 KB
// a runtime and its callables another, where the slice takes 1.5 KB, and
// a search of it costs about what two map lookups did next to the call
// it guards (BenchmarkCalls).
type wrapped struct {
	target *goja.Object
	spec   *methodSpec
	orig   goja.Callable
}

// wrappedIndex finds the wrapped method whose original is target, by its
// index in g.methods (an index stays valid while a check, running
// JavaScript, guards a lazy group and so grows the slice).
func (g *guard) wrappedIndex(target *goja.Object) int {
	for i := range g.methods {
		if g.methods[i].target == target {
			return i
		}
	}
	panic("jsguard: a method proxy of an unknown target")
}

// isFunction reports whether o is a function, as goja.AssertFunction
// does without making the closure it answers (one per wrapped method and
// runtime): goja gives the class "Function" to its function objects,
// which it can all call (a constructor such as Promise, or a class, has a
// call that throws its TypeError), and to a proxy whose target is one.
func isFunction(o *goja.Object) bool { return o.ClassName() == "Function" }

// method is wrap with a check of the runtime's own, for the groups guarded
// on first use (a closure per method then costs only runtimes that use
// the group).
func (g *guard) method(obj *goja.Object, name string, check checker) *goja.Object {
	return g.methodWithImpl(obj, name, check, nil)
}

// methodWithImpl is method with a replacement for some calls: after check,
// impl runs first, and the original only if impl answers nil.
func (g *guard) methodWithImpl(obj *goja.Object, name string, check checker, impl func(call goja.FunctionCall) goja.Value) *goja.Object {
	spec := &methodSpec{}
	if check != nil {
		spec.check = func(_ *guard, call *goja.FunctionCall) { check(call) }
	}
	if impl != nil {
		spec.impl = func(_ *guard, call goja.FunctionCall) goja.Value { return impl(call) }
	}
	return g.wrap(obj, name, spec)
}

// installedMethods is about how many methods Install wraps (g.methods is
// made that large at once rather than grown).
const installedMethods = 64

// apply is the apply trap of every method proxy.
func (g *guard) apply(target *goja.Object, this goja.Value, args []goja.Value) goja.Value {
	i := g.wrappedIndex(target)
	spec := g.methods[i].spec
	g.enter()
	defer g.leave()
	call := goja.FunctionCall{This: this, Arguments: args}
	if spec.check != nil {
		spec.check(g, &call)
	}
	if spec.impl != nil {
		if v := spec.impl(g, call); v != nil {
			return v
		}
	}
	orig := g.methods[i].orig
	if orig == nil {
		orig, _ = goja.AssertFunction(target)
		g.methods[i].orig = orig
	}
	v, err := orig(call.This, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return v
}

// enter counts one more guarded built-in on the Go stack: they call each
// other (join calls toString calls join) without a JavaScript frame that
// goja's call stack limit would count.
func (g *guard) enter() {
	g.depth++
	if g.depth > g.cfg.MaxDepth {
		g.depth--
		g.tooDeep()
	}
}

func (g *guard) leave() { g.depth-- }

// constructor replaces the global constructor name by a proxy whose
// construct trap runs check first. The proxy forwards everything else, so
// statics, prototype, name and length read through it; the prototype's
// constructor property is pointed at the proxy so that x.constructor ===
// Name still holds.
func (g *guard) constructor(name string, check func(args []goja.Value)) *goja.Object {
	return g.constructorWithImpl(name, check, nil)
}

// constructImpl constructs instead of the original, after the check, or
// answers nil to leave it to the original.
type constructImpl func(args []goja.Value, newTarget *goja.Object, ctor goja.Constructor) *goja.Object

// constructorWithImpl is constructor with impl tried before the original.
func (g *guard) constructorWithImpl(name string, check func(args []goja.Value), impl constructImpl) *goja.Object {
	global := g.vm.GlobalObject()
	orig := g.original(name)
	target, ok := orig.(*goja.Object)
	if !ok {
		return nil
	}
	ctor, ok := goja.AssertConstructor(target)
	if !ok {
		return nil
	}
	if g.proxyTargets == nil {
		g.initProxies()
	}
	p := g.vm.NewProxy(target, &goja.ProxyTrapConfig{
		GetSym: g.getSym,
		Construct: func(_ *goja.Object, args []goja.Value, newTarget *goja.Object) *goja.Object {
			check(args)
			if impl != nil {
				if o := impl(args, newTarget, ctor); o != nil {
					return o
				}
			}
			o, err := ctor(newTarget, args...)
			if err != nil {
				panic(err)
			}
			return o
		},
	})
	pv := g.vm.ToValue(p).(*goja.Object)
	g.proxyTargets[pv] = target
	if proto, ok := target.Get("prototype").(*goja.Object); ok {
		if err := proto.DefineDataProperty("constructor", pv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
	}
	if global.Get(name) == orig { // not shadowed by the plugin
		if err := global.DefineDataProperty(name, pv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
	}
	return pv
}

// number converts v as ToNumber does, for a size argument. Objects are left
// to the original (it reports NaN, which no check acts on).
func number(v goja.Value) float64 {
	if v == nil || goja.IsUndefined(v) {
		return math.NaN()
	}
	if _, ok := v.(*goja.Object); ok {
		return math.NaN()
	}
	return v.ToFloat()
}

// lengthOf reads v.length of an object as a number, or NaN.
func lengthOf(v goja.Value) float64 {
	o, ok := v.(*goja.Object)
	if !ok {
		return math.NaN()
	}
	l := o.Get("length")
	if l == nil {
		return math.NaN()
	}
	return number(l)
}

// str converts v to a JavaScript string once, returning it and its length
// in UTF-16 code units. A Symbol is returned as it is, for the original to
// refuse.
func str(v goja.Value) (goja.Value, int64) {
	if s, ok := v.(goja.String); ok {
		return s, int64(s.Length())
	}
	if _, ok := v.(*goja.Symbol); ok {
		return v, 0 // the original throws its TypeError
	}
	s := v.ToString()
	if gs, ok := s.(goja.String); ok {
		return gs, int64(gs.Length())
	}
	return s, int64(len(s.String()))
}

// strArg converts argument i to a string once, in place, for the original
// to use as it is, and returns its length; dflt when it is undefined (the
// original's default: "," for join, " " for padStart).
func strArg(call *goja.FunctionCall, i int, dflt int64) int64 {
	a := arg(call, i)
	if goja.IsUndefined(a) {
		return dflt
	}
	v, n := str(a)
	setArg(call, i, v)
	return n
}

func arg(call *goja.FunctionCall, i int) goja.Value {
	if i < len(call.Arguments) {
		return call.Arguments[i]
	}
	return goja.Undefined()
}

// setArg replaces argument i, growing the list if needed.
func setArg(call *goja.FunctionCall, i int, v goja.Value) {
	if i >= len(call.Arguments) {
		args := make([]goja.Value, i+1)
		copy(args, call.Arguments)
		for j := len(call.Arguments); j < i; j++ {
			args[j] = goja.Undefined()
		}
		call.Arguments = args
	} else {
		args := make([]goja.Value, len(call.Arguments))
		copy(args, call.Arguments)
		call.Arguments = args
	}
	call.Arguments[i] = v
}

func itoa(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func (g *guard) initProxies() {
	g.proxyTargets = make(map[*goja.Object]*goja.Object)
}

// initHasInstance makes the Symbol.hasInstance that the constructor
// proxies answer, the first time one is asked for it: Install makes
// proxies (Function) in every runtime, and instanceof of one is rare.
func (g *guard) initHasInstance() {
	// goja's Function, whatever the plugin did to the global name since
	if f, ok := g.own("Function").(*goja.Object); ok {
		if p, ok := f.Get("prototype").(*goja.Object); ok {
			g.origHasInst = p.GetSymbol(goja.SymHasInstance)
		}
	}
	orig, ok := goja.AssertFunction(g.origHasInst)
	if !ok {
		panic("Function.prototype[Symbol.hasInstance] is not a function")
	}
	g.hasInstance = g.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if this, ok := call.This.(*goja.Object); ok {
			if target := g.proxyTargets[this]; target != nil {
				return g.vm.ToValue(g.vm.InstanceOf(call.Argument(0), target))
			}
		}
		// A class extending a proxied constructor inherits this function:
		// the original answers for it.
		v, err := orig(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
	h := g.hasInstance.(*goja.Object)
	_ = h.DefineDataProperty("name", g.vm.ToValue("[Symbol.hasInstance]"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = h.DefineDataProperty("length", g.vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// getSym is the constructor proxies' trap for symbol-keyed reads: Reflect.get
// on the target with the proxy as receiver (so that the Symbol.species
// getter answers the proxy), except for the inherited Symbol.hasInstance.
func (g *guard) getSym(target *goja.Object, sym *goja.Symbol, receiver goja.Value) goja.Value {
	var v goja.Value
	if g.reflectGet == nil {
		// taken on first use: Install makes proxies (Function) in every
		// runtime, and Reflect costs a runtime that never reads one
		if r, ok := g.original("Reflect").(*goja.Object); ok {
			g.reflectGet, _ = goja.AssertFunction(r.Get("get"))
		}
	}
	if g.reflectGet != nil {
		var err error
		v, err = g.reflectGet(nil, target, sym, receiver)
		if err != nil {
			panic(err)
		}
	} else {
		v = target.GetSymbol(sym)
	}
	if sym == goja.SymHasInstance && v != nil && g.hasInstance == nil {
		g.initHasInstance()
	}
	if sym == goja.SymHasInstance && v != nil && v == g.origHasInst {
		return g.hasInstance
	}
	return v
}

// original returns the built-in global name as goja made it: a lazy
// global's original, guarded or not yet, whatever the plugin assigned to
// the name since; else the global's current value.
func (g *guard) original(name string) goja.Value {
	if v, ok := g.loaded[name]; ok {
		return v
	}
	if _, lazy := g.lazyGroup(name); lazy {
		return g.own(name)
	}
	return g.vm.GlobalObject().Get(name)
}
