package jsguard

import (
	"reflect"
	"strings"

	"github.com/dop251/goja"
)

// typedSortFactor is how much longer a typed array may be than an Array
// to be sorted without a comparison function.
const typedSortFactor = 16

// typedArrays are goja's typed array constructors, with their element size.
var typedArrays = []struct {
	name  string
	bytes float64
}{
	{"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1},
	{"Int16Array", 2}, {"Uint16Array", 2}, {"Int32Array", 4}, {"Uint32Array", 4},
	{"Float32Array", 4}, {"Float64Array", 8}, {"BigInt64Array", 8}, {"BigUint64Array", 8},
}

func (g *guard) installBuffers() {
	limit := float64(g.cfg.MaxAllocBytes)
	g.constructor("ArrayBuffer", func(args []goja.Value) {
		if len(args) > 0 && number(args[0]) > limit {
			g.throw("Array buffer allocation failed")
		}
	})
	// SharedArrayBuffer is absent from goja today; guard it if it appears.
	g.constructor("SharedArrayBuffer", func(args []goja.Value) {
		if len(args) > 0 && number(args[0]) > limit {
			g.throw("Array buffer allocation failed")
		}
	})
	for _, ta := range typedArrays {
		bytes := ta.bytes
		if g.cfg.DisableBigInt && strings.HasPrefix(ta.name, "Big") {
			g.constructor(ta.name, func([]goja.Value) { g.notEnabled() })
			continue
		}
		g.constructor(ta.name, func(args []goja.Value) {
			if len(args) == 0 {
				return
			}
			n := number(args[0])
			if o, ok := args[0].(*goja.Object); ok {
				if isArrayBuffer(o) {
					return // a view: allocates nothing
				}
				n = lengthOf(o)
			}
			if n*bytes > limit {
				g.throw("Invalid typed array length: " + itoa(n))
			}
		})
	}
	// The methods of %TypedArray%.prototype, shared by every kind.
	u8, ok := g.original("Uint8Array").(*goja.Object)
	if !ok {
		return
	}
	u8proto, _ := u8.Get("prototype").(*goja.Object)
	if u8proto == nil || u8proto.Prototype() == nil {
		return
	}
	taProto := u8proto.Prototype()
	if g.arrayToStringWrapper != nil && taProto.Get("toString") == g.arrayToString {
		_ = taProto.DefineDataProperty("toString", g.arrayToStringWrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// A typed array sorts numerically in Go, much faster than an Array
	// compares strings: it may be typedSortFactor times longer.
	taSort := func(call *goja.FunctionCall) {
		if !goja.IsUndefined(arg(call, 0)) {
			return // a comparison function: JavaScript, interruptible
		}
		if n := lengthOf(call.This); n > float64(g.cfg.MaxSortLength*typedSortFactor) {
			g.throw("Array too long to sort without a comparison function: " + itoa(n))
		}
	}
	// Typed array scans run in Go too, at about 5 ns an element: 64 Mi
	// elements (16 times MaxWalkLength) take a third of a second.
	taWalk := func(call *goja.FunctionCall) {
		if lengthOf(call.This) > float64(g.cfg.MaxWalkLength*typedSortFactor) {
			g.tooMany()
		}
	}
	for _, name := range []string{"indexOf", "lastIndexOf", "includes", "reverse", "toReversed", "fill"} {
		g.method(taProto, name, taWalk)
	}
	// A spread of a typed array makes a value of each element: as many
	// as Object.values would, and the same bound.
	g.iterators(taProto, &typedArrayIterator)
	g.method(taProto, "sort", taSort)
	g.method(taProto, "toSorted", taSort)
	g.method(taProto, "toLocaleString", func(call *goja.FunctionCall) {
		if n := lengthOf(call.This); n > 0 && n*25 > float64(g.cfg.MaxAllocBytes) {
			g.tooLong()
		}
	})
	g.method(taProto, "join", func(call *goja.FunctionCall) {
		this, ok := call.This.(*goja.Object)
		if !ok {
			return
		}
		n := lengthOf(this)
		if !(n > 0) {
			return
		}
		sep := strArg(call, 0, 1)
		// The result grows with the separator and the printed elements,
		// not with the buffer.
		chars := printedWidth(this)
		if (n-1)*float64(sep)+n*float64(chars) > float64(g.cfg.MaxAllocBytes) {
			g.tooLong()
		}
	})
}

// printedWidth is the most characters one element of typed array o prints
// as: its kind is told by the Go slice goja exports it as.
func printedWidth(o *goja.Object) int64 {
	if t := o.ExportType(); t != nil && t.Kind() == reflect.Slice {
		switch t.Elem().Kind() {
		case reflect.Uint8:
			return 3
		case reflect.Int8:
			return 4
		case reflect.Uint16:
			return 5
		case reflect.Int16:
			return 6
		case reflect.Uint32:
			return 10
		case reflect.Int32:
			return 11
		case reflect.Int64, reflect.Uint64:
			return 20
		}
	}
	return 24 // a float, or unknown
}

var typedArrayIterator = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	if lengthOf(call.This) > g.maxSlotsF() {
		g.tooMany()
	}
}}
