package jsguard

import (
	"math"
	"reflect"
	"strings"

	"github.com/dop251/goja"
)

// bigResult is the length, in code units, from which repeat, padStart and
// padEnd build their result here rather than in goja.
//
// goja builds "ab".repeat(2**27) by appending the string 2**27 times, and
// pads one repetition of the fill at a time: about 3 s for 256 MiB on a
// busy machine, inside one call that Runtime.Interrupt cannot stop. Here
// the result is allocated once at its size and filled by doubling (each
// step copies what is there already), which is memory bandwidth; and
// between two steps a pending Runtime.Interrupt is seen, so a request past
// its time limit stops within one copy. Below bigResult goja's own is as
// fast.
const bigResult = 1 << 20

// repeat is String.prototype.repeat for results of bigResult code units
// or more, after the check: nil (goja's own) for anything else, including
// every case that throws.
func (g *guard) repeat(call goja.FunctionCall) goja.Value {
	s, ok := call.This.(goja.String)
	if !ok {
		return nil
	}
	c := math.Trunc(number(arg(&call, 0)))
	n := float64(s.Length())
	if !(c >= 2) || math.IsInf(c, 1) || n*c < bigResult || n*c > float64(g.cfg.MaxAllocBytes) {
		return nil
	}
	return g.build(nil, s, nil, int(n*c))
}

// pad is String.prototype.padStart (start) or padEnd for results of
// bigResult code units or more, after the check; nil (goja's own) for
// anything else.
func (g *guard) pad(call goja.FunctionCall, start bool) goja.Value {
	s, ok := call.This.(goja.String)
	if !ok {
		return nil
	}
	max := math.Trunc(number(arg(&call, 0)))
	if !(max >= bigResult) || max > float64(g.cfg.MaxAllocBytes) || max <= float64(s.Length()) {
		return nil
	}
	var fill goja.String
	switch f := arg(&call, 1).(type) {
	case goja.String:
		fill = f
	default:
		if !goja.IsUndefined(f) {
			return nil
		}
		fill, _ = g.vm.ToValue(" ").(goja.String)
	}
	if fill == nil || fill.Length() == 0 {
		return nil
	}
	n := int(max) - s.Length()
	if start {
		return g.build(nil, fill, s, n)
	}
	return g.build(s, fill, nil, n)
}

// maxCopy is the most code units build copies between two interrupt
// points: a few milliseconds of copying.
const maxCopy = 8 << 20

// build returns prefix, then fill repeated (the last time cut) to n code
// units, then suffix (prefix and suffix may be nil), with an interrupt
// point between two copies.
func (g *guard) build(prefix, fill, suffix goja.String, n int) goja.Value {
	g.interruptPoint()
	if ascii, ok := asciiType(prefix, fill, suffix); ok {
		var b strings.Builder
		b.Grow(length(prefix) + n + length(suffix))
		if prefix != nil {
			b.WriteString(prefix.String())
		}
		at := b.Len()
		f := fill.String()
		b.WriteString(f[:min(len(f), n)])
		for done := min(len(f), n); done < n; {
			g.interruptPoint()
			k := min(done, n-done, maxCopy)
			b.WriteString(b.String()[at : at+k])
			done += k
		}
		if suffix != nil {
			b.WriteString(suffix.String())
		}
		// goja's own ASCII string type, without copying or scanning again.
		return reflect.ValueOf(b.String()).Convert(ascii).Interface().(goja.Value)
	}
	utf16, bom := utf16Type(prefix, fill, suffix)
	size := length(prefix) + n + length(suffix)
	var units []uint16
	if utf16 != nil {
		units = make([]uint16, 1, 1+size)
		units[0] = bom
	} else {
		units = make([]uint16, 0, size)
	}
	units = appendUnits(units, prefix)
	at := len(units)
	units = appendUnits(units, fill.Substring(0, min(fill.Length(), n)))
	for done := len(units) - at; done < n; {
		g.interruptPoint()
		k := min(done, n-done, maxCopy)
		units = append(units, units[at:at+k]...)
		done += k
	}
	units = appendUnits(units, suffix)
	if utf16 != nil {
		return reflect.ValueOf(units).Convert(utf16).Interface().(goja.Value)
	}
	return goja.StringFromUTF16(units) // a copy
}

// utf16Type returns goja's type for strings of UTF-16 code units, and the
// mark it puts before them, when one of s shows that layout (a slice of
// uint16 starting with a byte order mark): the result then is built in
// place. Else nil, and the result is copied by goja.StringFromUTF16.
func utf16Type(s ...goja.String) (reflect.Type, uint16) {
	for _, v := range s {
		if v == nil {
			continue
		}
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint16 && rv.Len() > 0 && rv.Index(0).Uint() == 0xFEFF {
			return rv.Type(), 0xFEFF
		}
	}
	return nil, 0
}

// asciiType returns goja's type for ASCII strings if every non-nil s is
// one: goja keeps a string of ASCII characters as a Go string, and any
// other as UTF-16.
func asciiType(s ...goja.String) (reflect.Type, bool) {
	var t reflect.Type
	for _, v := range s {
		if v == nil {
			continue
		}
		vt := reflect.TypeOf(v)
		if vt.Kind() != reflect.String || (t != nil && vt != t) {
			return nil, false
		}
		t = vt
	}
	return t, t != nil
}

func length(s goja.String) int {
	if s == nil {
		return 0
	}
	return s.Length()
}

// appendUnits appends the UTF-16 code units of s.
func appendUnits(units []uint16, s goja.String) []uint16 {
	if s == nil {
		return units
	}
	for i := range s.Length() {
		units = append(units, s.CharAt(i))
	}
	return units
}
