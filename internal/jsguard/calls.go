package jsguard

import (
	"github.com/dop251/goja"
)

// installCalls bounds the argument lists that apply and Reflect build from
// an array-like: f.apply(null, {length: 2**30}) allocates 16 GiB at once.
func (g *guard) installCalls() {
	maxSlots := float64(g.maxSlots())
	args := func(i int) checker {
		return func(call *goja.FunctionCall) {
			if lengthOf(arg(call, i)) > maxSlots {
				g.tooMany()
			}
		}
	}
	if f, ok := g.vm.Get("Function").(*goja.Object); ok {
		if p, ok := f.Get("prototype").(*goja.Object); ok {
			g.method(p, "apply", args(1))
		}
	}
	if r, ok := g.vm.Get("Reflect").(*goja.Object); ok {
		g.method(r, "apply", args(2))
		g.method(r, "construct", args(1))
	}
}
