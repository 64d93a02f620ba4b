package jsguard

import (
	"github.com/dop251/goja"
)

// installCalls bounds the argument lists that apply and Reflect build from
// an array-like (f.apply(null, {length: 2**30}) allocates 16 GiB at once).
func (g *guard) installCalls() {
	if f, ok := g.vm.Get("Function").(*goja.Object); ok {
		if p, ok := f.Get("prototype").(*goja.Object); ok {
			g.method(p, "apply", g.argList(1))
		}
	}
	// Promise.all and its kind loop over their iterable in Go at about
	// 30 µs an element (16 Ki elements: half a second), reachable through
	// any async function's result, so guarded at once.
	if p, ok := g.vm.Get("Promise").(*goja.Object); ok {
		check := func(call *goja.FunctionCall) {
			if lengthOf(arg(call, 0)) > float64(g.maxSlots()/promiseFactor) {
				g.tooMany()
			}
		}
		for _, name := range []string{"all", "allSettled", "any", "race"} {
			g.method(p, name, check)
		}
	}
}

// promiseFactor is how many times fewer elements Promise.all and its kind
// may take than a walk.
const promiseFactor = 256

func (g *guard) installReflect() {
	r, ok := g.original("Reflect").(*goja.Object)
	if !ok {
		return
	}
	g.method(r, "apply", g.argList(2))
	g.method(r, "construct", g.argList(1))
}

// argList bounds the length of the array-like argument i.
func (g *guard) argList(i int) checker {
	return func(call *goja.FunctionCall) {
		if lengthOf(arg(call, i)) > float64(g.maxSlots()) {
			g.tooMany()
		}
	}
}
