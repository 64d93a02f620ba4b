package jsguard

import (
	"math"
	"strconv"

	"github.com/dop251/goja"
)

// walkingMethods are the Array.prototype methods that loop over
// this.length in Go (visiting holes too), or allocate a copy of it: on an
// array-like {length: 2**53-1} or a sparse Array(2**32-1) they run for
// minutes without seeing Runtime.Interrupt.
var walkingMethods = []string{
	"copyWithin", "every", "filter", "find", "findIndex", "findLast",
	"findLastIndex", "forEach", "includes", "indexOf", "lastIndexOf", "map",
	"reduce", "reduceRight", "reverse", "shift", "some", "splice",
	"toLocaleString", "toReversed", "toSpliced", "unshift", "with",
}

func (g *guard) installArrays() {
	ac, ok := g.vm.Get("Array").(*goja.Object)
	if !ok {
		return
	}
	proto, ok := ac.Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	for _, name := range walkingMethods {
		g.wrap(proto, name, &arrayWalk)
	}
	// The iterators: a spread ([...a], f(...a)), Array.from or new Set
	// drains one in a Go loop that Runtime.Interrupt does not stop, and a
	// spread of Array(2**32-1) collects four billion values. An iterator
	// over more than maxSlots elements is refused, as the walks are (a
	// for-of loop over one too, though it would be interruptible).
	g.arrayValues = g.iterators(proto, &arrayWalk)
	g.wrap(proto, "sort", &arraySort)
	g.wrap(proto, "toSorted", &arraySort)
	for _, m := range arrayMethods {
		g.wrap(proto, m.name, m.spec)
	}
	// toString calls this.join: guarding it counts the nesting of arrays
	// printed inside arrays.
	g.arrayToString = proto.Get("toString")
	if w := g.wrap(proto, "toString", &noCheck); w != nil {
		g.arrayToStringWrapper = w
	}
	g.arrayCtor = ac
	g.wrap(ac, "from", &arrayFromSpec)
}

// noCheck is the spec of a method wrapped only to count its nesting.
var noCheck methodSpec

// thisLength reads this.length of a call as a number, or NaN.
func thisLength(call *goja.FunctionCall) float64 {
	o, ok := call.This.(*goja.Object)
	if !ok {
		return math.NaN()
	}
	return lengthOf(o)
}

// maxSlotsF is maxSlots as a float, for the checks' arithmetic.
func (g *guard) maxSlotsF() float64 { return float64(g.maxSlots()) }

var arrayWalk = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	if thisLength(call) > g.maxSlotsF() {
		g.tooMany()
	}
}}

var arraySort = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	n := thisLength(call)
	if n > g.maxSlotsF() {
		g.tooMany()
	}
	if goja.IsUndefined(arg(call, 0)) && n > float64(g.cfg.MaxSortLength) {
		g.throw("Array too long to sort without a comparison function: " + itoa(n))
	}
}}

// arrayMethods are the other Array.prototype methods Install wraps, with
// their specs (shared by every runtime).
var arrayMethods = []struct {
	name string
	spec *methodSpec
}{
	// fill and slice touch only their range.
	{"fill", &methodSpec{check: func(g *guard, call *goja.FunctionCall) {
		if n := thisLength(call); n > g.maxSlotsF() && rangeCount(n, arg(call, 1), arg(call, 2)) > g.maxSlotsF() {
			g.tooMany()
		}
	}}},
	{"slice", &methodSpec{check: func(g *guard, call *goja.FunctionCall) {
		if n := thisLength(call); n > g.maxSlotsF() && rangeCount(n, arg(call, 0), arg(call, 1)) > g.maxSlotsF() {
			g.tooMany()
		}
	}}},
	{"concat", &methodSpec{check: func(g *guard, call *goja.FunctionCall) {
		total := 0.0
		for _, v := range append([]goja.Value{call.This}, call.Arguments...) {
			if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
				total += lengthOf(o)
			} else {
				total++
			}
		}
		if total > g.maxSlotsF() {
			g.tooMany()
		}
	}}},
	{"join", &methodSpec{check: func(g *guard, call *goja.FunctionCall) { g.checkJoin(call, thisLength(call)) }}},
	{"flat", &methodSpec{check: func(g *guard, call *goja.FunctionCall) {
		depth := 1.0
		if d := arg(call, 0); !goja.IsUndefined(d) {
			depth = number(d)
		}
		if o, ok := call.This.(*goja.Object); ok && depth >= 1 {
			g.checkFlat(o, depth)
		}
	}}},
	{"flatMap", &methodSpec{check: func(g *guard, call *goja.FunctionCall) {
		maxSlots := g.maxSlotsF()
		if thisLength(call) > maxSlots {
			g.tooMany()
		}
		fn, ok := goja.AssertFunction(arg(call, 0))
		if !ok {
			return
		}
		total := 0.0
		setArg(call, 0, g.vm.ToValue(func(c goja.FunctionCall) goja.Value {
			v, err := fn(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
				total += lengthOf(o)
			} else {
				total++
			}
			if total > maxSlots {
				g.tooMany()
			}
			return v
		}))
	}}},
}

var arrayFromSpec = methodSpec{
	check: func(g *guard, call *goja.FunctionCall) {
		if lengthOf(arg(call, 0)) > g.maxSlotsF() {
			g.tooMany()
		}
	},
	impl: (*guard).arrayFrom,
}

// rangeCount is how many elements fill or slice touch for (start, end) on
// an array of length n, as the specification clamps them.
func rangeCount(n float64, start, end goja.Value) float64 {
	rel := func(v goja.Value, def float64) float64 {
		if v == nil || goja.IsUndefined(v) {
			return def
		}
		x := number(v)
		if math.IsNaN(x) {
			return 0
		}
		x = math.Trunc(x)
		if x < 0 {
			return math.Max(n+x, 0)
		}
		return math.Min(x, n)
	}
	return rel(end, n) - rel(start, 0)
}

// checkJoin bounds the string join builds: separators plus the elements
// that are strings already. An element that is an object prints through
// its own toString, which is JavaScript (or a guarded join).
func (g *guard) checkJoin(call *goja.FunctionCall, n float64) {
	limit := float64(g.cfg.MaxAllocBytes)
	if !(n > 0) {
		return
	}
	sep := strArg(call, 0, 1)
	total := (n - 1) * float64(sep)
	if total > limit {
		g.tooLong()
	}
	if n > float64(g.maxSlots()) {
		g.tooMany()
	}
	o := call.This.(*goja.Object)
	for i := 0; i < int(n); i++ {
		g.poll()
		switch v := o.Get(strconv.Itoa(i)).(type) {
		case goja.String:
			total += float64(v.Length())
		case nil, *goja.Object:
		default:
			if !goja.IsUndefined(v) && !goja.IsNull(v) {
				total += 24 // a number, boolean or bigint prints short
			}
		}
		if total > limit {
			g.tooLong()
		}
	}
}

// checkFlat walks the arrays that flat(depth) would flatten, without
// recursion, and refuses one nested deeper than MaxDepth levels or with
// more elements than an array may hold.
func (g *guard) checkFlat(root *goja.Object, depth float64) {
	type frame struct {
		o     *goja.Object
		level float64
	}
	maxSlots := float64(g.maxSlots())
	total := 0.0
	stack := []frame{{root, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := lengthOf(f.o)
		if !(n > 0) {
			continue
		}
		if total += n; total > maxSlots {
			g.tooMany()
		}
		if f.level >= depth {
			continue
		}
		if f.level >= float64(g.cfg.MaxDepth) {
			g.tooDeep()
		}
		for i := 0; i < int(n); i++ {
			g.poll()
			if e, ok := f.o.Get(strconv.Itoa(i)).(*goja.Object); ok && e.ClassName() == "Array" {
				stack = append(stack, frame{e, f.level + 1})
			}
		}
	}
}

// iterators guards keys, entries and values (which is also
// [Symbol.iterator]) of proto with check, and keeps in g.arrayValues the
// guarded values when proto is Array.prototype.
func (g *guard) iterators(proto *goja.Object, spec *methodSpec) *goja.Object {
	orig := proto.Get("values")
	g.wrap(proto, "keys", spec)
	g.wrap(proto, "entries", spec)
	values := g.wrap(proto, "values", spec)
	if values != nil && proto.GetSymbol(goja.SymIterator) == orig {
		if err := proto.DefineDataPropertySymbol(goja.SymIterator, values, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
	}
	return values
}

// arrayFrom is Array.from(a) for an Array a iterated by the (guarded)
// Array.prototype.values, after the check: goja copies such an array
// directly only while its iterator is its own, which the guard replaced;
// reading the elements in order, as the iterator does, gives the same
// array without an iterator result object per element. nil (goja's own)
// for anything else.
func (g *guard) arrayFrom(call goja.FunctionCall) goja.Value {
	if call.This != g.arrayCtor || len(call.Arguments) != 1 {
		return nil
	}
	a, ok := call.Arguments[0].(*goja.Object)
	if !ok || a.ClassName() != "Array" || g.arrayValues == nil || a.GetSymbol(goja.SymIterator) != g.arrayValues {
		return nil
	}
	var out []any
	for i := 0; float64(i) < lengthOf(a); i++ {
		g.poll()
		v := a.Get(strconv.Itoa(i))
		if v == nil {
			v = goja.Undefined()
		}
		out = append(out, v)
	}
	return g.vm.NewArray(out...)
}
