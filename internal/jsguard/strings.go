package jsguard

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

// emptyGlobalRegexp evaluates to a new /(?:)/g made by the runtime's own
// RegExp (a literal: the global RegExp may have been replaced). A compiled
// program is immutable and may run in any runtime.
var emptyGlobalRegexp = goja.MustCompile("jsguard-empty-regexp", "/(?:)/g", true)

// elemBytes is what one element of an array of strings built by split or
// match costs at least: its slot and the string value it holds.
const elemBytes = 2 * slotBytes

func (g *guard) installStrings() {
	sc, ok := g.vm.Get("String").(*goja.Object)
	if !ok {
		return
	}
	proto, ok := sc.Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	for _, m := range stringMethods {
		g.wrap(proto, m.name, m.spec)
	}
	g.wrap(sc, "raw", &stringRaw)
}

// limit is MaxAllocBytes as a float, for the checks' arithmetic.
func (g *guard) limit() float64 { return float64(g.cfg.MaxAllocBytes) }

// thisString converts the receiver once (the original would convert it
// again, running a toString with side effects twice).
func thisString(call *goja.FunctionCall) (int64, bool) {
	if call.This == nil || goja.IsUndefined(call.This) || goja.IsNull(call.This) {
		return 0, false // the original throws its TypeError
	}
	v, n := str(call.This)
	call.This = v
	return n, true
}

// stringMethods are the String.prototype methods Install wraps, with
// their specs (shared by every runtime).
var stringMethods = []struct {
	name string
	spec *methodSpec
}{
	{"repeat", &methodSpec{check: checkRepeat, impl: (*guard).repeat}},
	{"padStart", &methodSpec{check: checkPad, impl: func(g *guard, call goja.FunctionCall) goja.Value { return g.pad(call, true) }}},
	{"padEnd", &methodSpec{check: checkPad, impl: func(g *guard, call goja.FunctionCall) goja.Value { return g.pad(call, false) }}},
	{"concat", &methodSpec{check: checkStringConcat}},
	{"replace", &methodSpec{check: checkReplaceCall(false)}},
	{"replaceAll", &methodSpec{check: checkReplaceCall(true)}},
	{"split", &methodSpec{check: checkSplit}},
	{"match", &methodSpec{check: checkMatch}},
	// Case mapping and normalization may lengthen a string: at most 3 code
	// units for one in case mapping, 18 in NFKD.
	{"normalize", &methodSpec{check: checkGrow(18)}},
	{"toUpperCase", &caseMapping},
	{"toLowerCase", &caseMapping},
	{"toLocaleUpperCase", &caseMapping},
	{"toLocaleLowerCase", &caseMapping},
}

var caseMapping = methodSpec{check: checkGrow(3)}

func checkRepeat(g *guard, call *goja.FunctionCall) {
	n, ok := thisString(call)
	if !ok {
		return
	}
	if c := number(arg(call, 0)); c > 0 && !math.IsInf(c, 1) && float64(n)*c > g.limit() {
		g.tooLong()
	}
}

func checkPad(g *guard, call *goja.FunctionCall) {
	n, ok := thisString(call)
	if !ok {
		return
	}
	max := number(arg(call, 0))
	if !(max > float64(n)) {
		return
	}
	fill := strArg(call, 1, 1)
	if fill > 0 && max > g.limit() {
		g.tooLong()
	}
}

func checkStringConcat(g *guard, call *goja.FunctionCall) {
	total, ok := thisString(call)
	if !ok {
		return
	}
	args := make([]goja.Value, len(call.Arguments))
	for i, a := range call.Arguments {
		var n int64
		args[i], n = str(a)
		total += n
	}
	call.Arguments = args
	if float64(total) > g.limit() {
		g.tooLong()
	}
}

func checkReplaceCall(all bool) func(g *guard, call *goja.FunctionCall) {
	return func(g *guard, call *goja.FunctionCall) {
		n, ok := thisString(call)
		if !ok {
			return
		}
		if all && !replacesItself(arg(call, 0)) {
			// goja's replaceAll never ends for an empty search string
			// in a string with non-Latin-1 characters (its index
			// search past the end answers the end, not -1), appending
			// to a slice until the process dies. /(?:)/g matches the
			// same places and substitutes the same way.
			if pv, pn := str(arg(call, 0)); pn == 0 && !isSymbol(pv) {
				re, err := g.vm.RunProgram(emptyGlobalRegexp)
				if err != nil {
					panic(err)
				}
				setArg(call, 0, re)
			} else {
				setArg(call, 0, pv)
			}
		}
		g.checkReplace(call, n, all)
	}
}

func checkSplit(g *guard, call *goja.FunctionCall) {
	n, ok := thisString(call)
	if !ok {
		return
	}
	parts := float64(n + 1)
	if l := arg(call, 1); !goja.IsUndefined(l) {
		if lim := number(l); lim >= 0 && lim < parts {
			parts = lim
		}
	}
	if parts*elemBytes <= g.limit() {
		return
	}
	sep := arg(call, 0)
	if o, ok := sep.(*goja.Object); ok && o.ClassName() == "RegExp" {
		g.tooMany() // documented: a regexp split of a huge string
	}
	if goja.IsUndefined(sep) {
		return
	}
	sv, _ := str(sep)
	setArg(call, 0, sv)
	if float64(count(call.This, sv)+1)*elemBytes > g.limit() {
		g.tooMany()
	}
}

func checkMatch(g *guard, call *goja.FunctionCall) {
	n, ok := thisString(call)
	if !ok {
		return
	}
	if float64(n+1)*elemBytes <= g.limit() {
		return
	}
	if o, ok := arg(call, 0).(*goja.Object); ok && o.ClassName() == "RegExp" && o.Get("global").ToBoolean() {
		g.tooMany()
	}
}

func checkGrow(factor int64) func(g *guard, call *goja.FunctionCall) {
	return func(g *guard, call *goja.FunctionCall) {
		n, ok := thisString(call)
		if !ok || float64(n*factor) <= g.limit() {
			return
		}
		if nonASCII(call.This)*factor+n > int64(g.limit()) {
			g.tooLong()
		}
	}
}

var stringRaw = methodSpec{check: func(g *guard, call *goja.FunctionCall) {
	o, ok := arg(call, 0).(*goja.Object)
	if !ok {
		return
	}
	raw, ok := o.Get("raw").(*goja.Object)
	if !ok {
		return
	}
	// Each raw element becomes at least "undefined" when it is missing.
	if lengthOf(raw)*9 > g.limit() {
		g.tooLong()
	}
}}

// checkReplace bounds the result of s.replace(pattern, replacement) and
// replaceAll: the subject plus, for each match, the replacement.
func (g *guard) checkReplace(call *goja.FunctionCall, n int64, all bool) {
	limit := float64(g.cfg.MaxAllocBytes)
	pattern := arg(call, 0)
	global := all
	isRegexp := false
	if o, ok := pattern.(*goja.Object); ok && replacesItself(o) {
		if o.ClassName() != "RegExp" {
			return // a custom Symbol.replace: JavaScript, interruptible
		}
		isRegexp = true
		global = o.Get("global").ToBoolean()
	}
	repl := arg(call, 1)
	if fn, ok := goja.AssertFunction(repl); ok {
		// The replacer's results are appended to the result: count them.
		total := float64(n)
		wrapped := g.vm.ToValue(func(c goja.FunctionCall) goja.Value {
			v, err := fn(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			sv, l := str(v)
			total += float64(l)
			if total > limit {
				g.tooLong()
			}
			return sv
		})
		setArg(call, 1, wrapped)
		return
	}
	rv, rn := str(repl)
	setArg(call, 1, rv)
	// "$&", "$`", "$'" and "$n" may each insert up to the whole subject.
	per := float64(rn) + float64(strings.Count(rv.String(), "$"))*float64(n)
	matches := 1.0
	if global {
		matches = float64(n + 1)
	}
	if float64(n)+matches*per <= limit {
		return
	}
	if isRegexp {
		g.tooLong() // documented: a regexp replace whose worst case is past the bound
	}
	pv, _ := str(pattern)
	setArg(call, 0, pv)
	if global {
		matches = float64(count(call.This, pv))
	} else if count(call.This, pv) == 0 {
		matches = 0
	}
	if float64(n)+matches*per > limit {
		g.tooLong()
	}
}

// count returns how many times sep occurs in s, as split counts them
// (an empty sep splits between every code unit).
func count(s, sep goja.Value) int64 {
	sp := sep.String()
	if sp == "" {
		_, n := str(s)
		return n
	}
	return int64(strings.Count(s.String(), sp))
}

// nonASCII counts the code units of s outside ASCII (an upper bound).
func nonASCII(s goja.Value) int64 {
	var n int64
	for _, r := range s.String() {
		if r >= 0x80 {
			n++
		}
	}
	return n
}

// replacesItself reports whether a replace pattern has a Symbol.replace
// method (a RegExp, or an object of the caller's) rather than being
// converted to a search string.
func replacesItself(pattern goja.Value) bool {
	o, ok := pattern.(*goja.Object)
	if !ok {
		return false
	}
	m := o.GetSymbol(goja.SymReplace)
	return m != nil && !goja.IsUndefined(m) && !goja.IsNull(m)
}

func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}
