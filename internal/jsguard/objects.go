package jsguard

import (
	"reflect"
	"strconv"

	"github.com/dop251/goja"
)

// installObjects bounds the Object functions that make one key, value or
// entry per element of a typed array or code unit of a string:
// Object.keys(new Uint8Array(2**28)) builds 268 million strings at once.
// Object is reachable through ({}).constructor, so this is not lazy.
func (g *guard) installObjects() {
	o, ok := g.vm.Get("Object").(*goja.Object)
	if !ok {
		return
	}
	for _, name := range []string{"keys", "values", "entries", "getOwnPropertyNames", "getOwnPropertyDescriptors"} {
		g.wrap(o, name, &objectIndexed)
	}
	g.wrap(o, "assign", &objectAssign)
}

var objectIndexed = methodSpec{check: func(g *guard, call *goja.FunctionCall) { g.checkIndexed(arg(call, 0)) }}

var objectAssign = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	for _, v := range call.Arguments[min(1, len(call.Arguments)):] {
		g.checkIndexed(v)
	}
}}

// checkIndexed refuses a string, String object or typed array with more
// indexed properties than maxSlots.
func (g *guard) checkIndexed(v goja.Value) {
	n := 0.0
	switch x := v.(type) {
	case goja.String:
		n = float64(x.Length())
	case *goja.Object:
		if x.ClassName() != "String" && !isTypedArray(x) {
			return
		}
		n = lengthOf(x)
	default:
		return
	}
	if n > float64(g.maxSlots()) {
		g.tooMany()
	}
}

// isTypedArray reports whether o is a typed array: goja exports one as a
// slice of its element type, and gives it no class name of its own.
func isTypedArray(o *goja.Object) bool {
	t := o.ExportType()
	if t == nil || t.Kind() != reflect.Slice {
		return false
	}
	switch t.Elem().Kind() {
	case reflect.Int8, reflect.Uint8, reflect.Int16, reflect.Uint16, reflect.Int32, reflect.Uint32,
		reflect.Float32, reflect.Float64, reflect.Int64, reflect.Uint64:
		return true
	}
	return false
}

// isArrayBuffer reports whether o is an ArrayBuffer.
func isArrayBuffer(o *goja.Object) bool {
	return o.ExportType() == reflect.TypeOf(goja.ArrayBuffer{})
}

// installCollections bounds the Set constructor, which iterates an array
// or typed array argument in Go: new Set(new Array(2**32-1)) adds
// undefined four billion times. Map, WeakMap and WeakSet need no guard: a
// hole is not an entry (Map, WeakMap) nor an object (WeakSet), so they
// throw a TypeError at the first one, and an array of real entries exists
// in memory already.
func (g *guard) installCollections() {
	set, _ := g.original("Set").(*goja.Object)
	var add goja.Value
	var addFn goja.Callable
	if set != nil {
		if proto, ok := set.Get("prototype").(*goja.Object); ok {
			add = proto.Get("add")
			addFn, _ = goja.AssertFunction(add)
		}
	}
	var proxy *goja.Object
	proxy = g.constructorWithImpl("Set", func(args []goja.Value) {
		if len(args) > 0 && lengthOf(args[0]) > float64(g.maxSlots()) {
			g.tooMany()
		}
	}, func(args []goja.Value, newTarget *goja.Object, ctor goja.Constructor) *goja.Object {
		// new Set(array): goja adds the elements directly only while
		// the array's iterator is its own, which the guard replaced;
		// adding them in order, as the iterator gives them, is the same.
		if len(args) == 0 || newTarget != proxy || addFn == nil {
			return nil
		}
		a, ok := args[0].(*goja.Object)
		if !ok || a.ClassName() != "Array" || g.arrayValues == nil || a.GetSymbol(goja.SymIterator) != g.arrayValues {
			return nil
		}
		o, err := ctor(newTarget)
		if err != nil {
			panic(err)
		}
		if o.Get("add") != add {
			return nil
		}
		for i := 0; float64(i) < lengthOf(a); i++ {
			g.poll()
			v := a.Get(strconv.Itoa(i))
			if v == nil {
				v = goja.Undefined()
			}
			if _, err := addFn(o, v); err != nil {
				panic(err)
			}
		}
		return o
	})
}
