package jsguard

import (
	"github.com/dop251/goja"
)

// installCalls bounds the argument lists that apply and Reflect build from
// an array-like (f.apply(null, {length: 2**30}) allocates 16 GiB at once).
func (g *guard) installCalls() {
	if f, ok := g.vm.Get("Function").(*goja.Object); ok {
		if p, ok := f.Get("prototype").(*goja.Object); ok {
			g.wrap(p, "apply", &argList1)
		}
	}
	// Promise.all and its kind loop over their iterable in Go at about
	// 30 µs an element (16 Ki elements: half a second), reachable through
	// any async function's result, so guarded at once.
	if p, ok := g.vm.Get("Promise").(*goja.Object); ok {
		for _, name := range []string{"all", "allSettled", "any", "race"} {
			g.wrap(p, name, &promiseCombinator)
		}
	}
}

// promiseFactor is how many times fewer elements Promise.all and its kind
// may take than a walk.
const promiseFactor = 256

var promiseCombinator = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	if lengthOf(arg(call, 0)) > float64(g.maxSlots()/promiseFactor) {
		g.tooMany()
	}
}}

func (g *guard) installReflect() {
	r, ok := g.original("Reflect").(*goja.Object)
	if !ok {
		return
	}
	g.wrap(r, "apply", &argList2)
	g.wrap(r, "construct", &argList1)
}

// argList1 and argList2 bound the length of the array-like argument 1 or
// 2 (apply's and construct's list, Reflect.apply's).
var argList1, argList2 = argList(1), argList(2)

func argList(i int) methodSpec {
	return methodSpec{check: func(g *guard, call *goja.FunctionCall) {
		if lengthOf(arg(call, i)) > g.maxSlotsF() {
			g.tooMany()
		}
	}}
}
