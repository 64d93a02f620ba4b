package jsintl

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

//go:embed intl.js
var glueSource string

var (
	compileOnce sync.Once
	glue        *goja.Program
	glueErr     error
)

func program() (*goja.Program, error) {
	compileOnce.Do(func() { glue, glueErr = goja.Compile("plugmux:intl.js", glueSource, true) })
	return glue, glueErr
}

// state is the Intl of one runtime, built on first use.
type state struct {
	vm      *goja.Runtime
	exports *goja.Object
	toDate  goja.Callable // dateToLocale(t, locales, options, required, defaults)
	toNum   goja.Callable // numberToLocale(n, locales, options)
	compare goja.Callable // compare(a, b, locales, options)

	zone   *time.Location // the runtime's default time zone: time.Local
	zoneID string

	dates    map[string]*dateTimeFormat // toLocale*String's formatters without arguments
	number   *numberFormat
	collator *collator
	symbols  map[string]numSymbols
}

// Install defines Intl on vm's global object (built the first time a
// script reads it) and makes Date.prototype.toString, toTimeString,
// toLocaleString, toLocaleDateString, toLocaleTimeString,
// Number.prototype.toLocaleString, BigInt.prototype.toLocaleString and
// String.prototype.localeCompare answer as Node's do. Install itself
// only defines properties; call it on the runtime's goroutine.
func Install(vm *goja.Runtime) error {
	s := &state{vm: vm}
	g := vm.GlobalObject()
	getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
		ex, err := s.load()
		if err != nil {
			panic(vm.NewGoError(err))
		}
		intl := ex.Get("Intl")
		_ = g.DefineDataProperty("Intl", intl, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return intl
	})
	setter := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		_ = g.DefineDataProperty("Intl", c.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	})
	if err := g.DefineAccessorProperty("Intl", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return fmt.Errorf("jsintl: %w", err)
	}
	method := func(ctor, name string, fn func(goja.FunctionCall) goja.Value) error {
		c, ok := g.Get(ctor).(*goja.Object)
		if !ok {
			return nil // a runtime without BigInt, say
		}
		proto, ok := c.Get("prototype").(*goja.Object)
		if !ok {
			return fmt.Errorf("jsintl: %s has no prototype", ctor)
		}
		return proto.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	for _, m := range []struct {
		ctor, name string
		fn         func(goja.FunctionCall) goja.Value
	}{
		{"Date", "toString", s.dateToString},
		{"Date", "toTimeString", s.dateToTimeString},
		{"Date", "toLocaleString", func(c goja.FunctionCall) goja.Value { return s.dateToLocale(c, "any", "all") }},
		{"Date", "toLocaleDateString", func(c goja.FunctionCall) goja.Value { return s.dateToLocale(c, "date", "date") }},
		{"Date", "toLocaleTimeString", func(c goja.FunctionCall) goja.Value { return s.dateToLocale(c, "time", "time") }},
		{"Number", "toLocaleString", s.numberToLocale},
		{"BigInt", "toLocaleString", s.numberToLocale},
		{"String", "localeCompare", s.localeCompare},
	} {
		if err := method(m.ctor, m.name, m.fn); err != nil {
			return err
		}
	}
	return nil
}

func (s *state) load() (*goja.Object, error) {
	if s.exports != nil {
		return s.exports, nil
	}
	p, err := program()
	if err != nil {
		return nil, fmt.Errorf("jsintl: compile: %w", err)
	}
	v, err := s.vm.RunProgram(p)
	if err != nil {
		return nil, fmt.Errorf("jsintl: evaluate: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, errors.New("jsintl: intl.js did not evaluate to a function")
	}
	out, err := fn(goja.Undefined(), s.natives())
	if err != nil {
		return nil, fmt.Errorf("jsintl: evaluate: %w", err)
	}
	s.exports = out.ToObject(s.vm)
	s.toDate, _ = goja.AssertFunction(s.exports.Get("dateToLocale"))
	s.toNum, _ = goja.AssertFunction(s.exports.Get("numberToLocale"))
	s.compare, _ = goja.AssertFunction(s.exports.Get("compare"))
	return s.exports, nil
}

func (s *state) mustLoad() {
	if _, err := s.load(); err != nil {
		panic(s.vm.NewGoError(err))
	}
}

// localZone is the runtime's default zone and the IANA name it reports.
func (s *state) localZone() (*time.Location, string) {
	if s.zone == nil {
		s.zone, s.zoneID = time.Local, localZoneName()
	}
	return s.zone, s.zoneID
}

// localZoneName names time.Local: its own name, or where /etc/localtime
// points, or UTC.
func localZoneName() string {
	name := time.Local.String()
	if name != "Local" && name != "" {
		return canonicalZone(name)
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			return canonicalZone(target[i+len("zoneinfo/"):])
		}
	}
	return "UTC"
}

func canonicalZone(name string) string {
	if l, ok := zoneLinks[name]; ok {
		return l
	}
	return name
}

// resolveZone reads a timeZone option: an IANA name in any case.
func resolveZone(name string) (*time.Location, string, error) {
	upper := strings.ToUpper(name)
	if upper == "UTC" || upper == "GMT" || upper == "ETC/UTC" || upper == "ETC/GMT" || upper == "Z" {
		return time.UTC, "UTC", nil
	}
	candidates := []string{name}
	parts := strings.Split(name, "/")
	for i, p := range parts {
		words := strings.Split(strings.ToLower(p), "_")
		for j, w := range words {
			if len(w) > 0 {
				words[j] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		parts[i] = strings.Join(words, "_")
	}
	candidates = append(candidates, strings.Join(parts, "/"))
	if strings.HasPrefix(upper, "ETC/GMT") {
		candidates = append(candidates, "Etc/GMT"+name[7:])
	}
	for _, c := range candidates {
		if strings.Contains(c, "..") || strings.HasPrefix(c, "/") {
			break
		}
		if loc, err := time.LoadLocation(c); err == nil && c != "Local" {
			return loc, canonicalZone(c), nil
		}
	}
	return nil, "", fmt.Errorf("%w: Invalid time zone specified: %s", errRange, name)
}

func (s *state) throw(err error) {
	msg := err.Error()
	switch {
	case errors.Is(err, errRange):
		msg = strings.TrimPrefix(msg, errRange.Error()+": ")
		ctor, _ := goja.AssertConstructor(s.vm.Get("RangeError"))
		o, _ := ctor(nil, s.vm.ToValue(msg))
		panic(o)
	case errors.Is(err, errType):
		panic(s.vm.NewTypeError(strings.TrimPrefix(msg, errType.Error()+": ")))
	}
	panic(s.vm.NewGoError(err))
}

func strList(vm *goja.Runtime, v goja.Value) []string {
	var out []string
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	_ = vm.ExportTo(v, &out)
	return out
}

// newDTF builds a DateTimeFormat from intl.js's flat options.
func (s *state) newDTF(locales []string, r *goja.Object) (*dateTimeFormat, error) {
	str := func(k string) string {
		v := r.Get(k)
		if v == nil || goja.IsUndefined(v) {
			return ""
		}
		return v.String()
	}
	o := dtOptions{
		weekday: str("weekday"), era: str("era"), year: str("year"), month: str("month"), day: str("day"),
		hour: str("hour"), minute: str("minute"), second: str("second"), tzName: str("timeZoneName"),
		dateStyle: str("dateStyle"), timeStyle: str("timeStyle"), hourCycle: str("hourCycle"),
		fsd: int(r.Get("fractionalSecondDigits").ToInteger()),
	}
	if h := r.Get("hour12"); h != nil && !goja.IsUndefined(h) {
		b := h.ToBoolean()
		o.hour12 = &b
	}
	zone, id := s.localZone()
	if tz := str("timeZone"); tz != "" {
		var err error
		if zone, id, err = resolveZone(tz); err != nil {
			return nil, err
		}
	}
	return newDateTimeFormat(dateLocaleFor(locales), zone, id, o)
}

func (s *state) dtfResolved(f *dateTimeFormat) *goja.Object {
	vm := s.vm
	o := vm.NewObject()
	set := func(k string, v any) { _ = o.Set(k, v) }
	set("locale", f.loc.name)
	set("calendar", "gregory")
	set("numberingSystem", "latn")
	set("timeZone", f.zoneID)
	if f.hc != "" {
		set("hourCycle", f.hc)
		set("hour12", f.hc == "h11" || f.hc == "h12")
	}
	for _, kv := range f.resolved {
		if kv[0] == "fractionalSecondDigits" {
			set(kv[0], int(kv[1][0]-'0'))
			continue
		}
		set(kv[0], kv[1])
	}
	if f.o.dateStyle != "" {
		set("dateStyle", f.o.dateStyle)
	}
	if f.o.timeStyle != "" {
		set("timeStyle", f.o.timeStyle)
	}
	return o
}

func flatParts(vm *goja.Runtime, parts []part) goja.Value {
	out := make([]any, 0, 2*len(parts))
	for _, p := range parts {
		out = append(out, p.typ, p.value)
	}
	return vm.NewArray(out...)
}

func joinParts(parts []part) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.value)
	}
	return b.String()
}

// numberLocale picks the first requested locale x/text knows, else the
// default.
func (s *state) numberLocale(locales []string) (string, numSymbols) {
	name := defaultLocale
	for _, l := range locales {
		if _, err := language.Parse(l); err == nil {
			name = l
			break
		}
	}
	if s.symbols == nil {
		s.symbols = map[string]numSymbols{}
	}
	sym, ok := s.symbols[name]
	if !ok {
		sym = symbolsFor(language.Make(name))
		s.symbols[name] = sym
	}
	return name, sym
}

func (s *state) newNF(locales []string, r *goja.Object) (*numberFormat, error) {
	str := func(k string) string { return r.Get(k).String() }
	num := func(k string) int {
		v := r.Get(k)
		if v == nil || goja.IsUndefined(v) {
			return 0
		}
		return int(v.ToInteger())
	}
	o := nfOptions{
		style: str("style"), currency: str("currency"), currencyDisplay: str("currencyDisplay"), currencySign: str("currencySign"),
		unit: str("unit"), unitDisplay: str("unitDisplay"), notation: str("notation"), compactDisplay: str("compactDisplay"),
		useGrouping: str("useGrouping"), signDisplay: str("signDisplay"), roundingMode: str("roundingMode"),
		trailingZeroDisplay: str("trailingZeroDisplay"), roundingPriority: str("roundingPriority"),
		minInt: num("minimumIntegerDigits"), minFrac: num("minimumFractionDigits"), maxFrac: num("maximumFractionDigits"),
		minSig: num("minimumSignificantDigits"), maxSig: num("maximumSignificantDigits"),
		sig: r.Get("sig").ToBoolean(), frac: r.Get("frac").ToBoolean(), compactRounding: r.Get("compactRounding").ToBoolean(),
	}
	if o.style == "unit" && !isUnit(o.unit) {
		return nil, fmt.Errorf("%w: Invalid unit argument for Intl.NumberFormat() '%s'", errRange, o.unit)
	}
	name, sym := s.numberLocale(locales)
	return &numberFormat{locale: name, sym: sym, o: o, gb: dateLocaleFor([]string{name}) == dateEnGB}, nil
}

func (s *state) nfResolved(f *numberFormat) *goja.Object {
	o := s.vm.NewObject()
	set := func(k string, v any) { _ = o.Set(k, v) }
	n := f.o
	set("locale", f.locale)
	set("numberingSystem", "latn")
	set("style", n.style)
	if n.style == "currency" {
		set("currency", n.currency)
		set("currencyDisplay", n.currencyDisplay)
		set("currencySign", n.currencySign)
	}
	if n.style == "unit" {
		set("unit", n.unit)
		set("unitDisplay", n.unitDisplay)
	}
	set("minimumIntegerDigits", n.minInt)
	priority := n.roundingPriority
	if n.compactRounding {
		// compact notation's default rounding, as V8 reports it
		set("minimumSignificantDigits", 1)
		set("maximumSignificantDigits", 2)
		priority = "morePrecision"
	}
	if n.sig {
		set("minimumSignificantDigits", n.minSig)
		set("maximumSignificantDigits", n.maxSig)
	}
	if n.frac || n.roundingPriority != "auto" || !n.sig {
		set("minimumFractionDigits", n.minFrac)
		set("maximumFractionDigits", n.maxFrac)
	}
	if n.useGrouping == "false" {
		set("useGrouping", false)
	} else {
		set("useGrouping", n.useGrouping)
	}
	set("notation", n.notation)
	if n.notation == "compact" {
		set("compactDisplay", n.compactDisplay)
	}
	set("signDisplay", n.signDisplay)
	set("roundingMode", n.roundingMode)
	set("roundingIncrement", 1)
	set("trailingZeroDisplay", n.trailingZeroDisplay)
	set("roundingPriority", priority)
	return o
}

// numArg is a number as intl.js passes it: a number, or a decimal string
// ("-0", a BigInt's digits).
func numArg(v goja.Value) any {
	if s, ok := v.Export().(string); ok {
		return s
	}
	return v.ToFloat()
}

func handle[T any](vm *goja.Runtime, v goja.Value) T {
	h, ok := v.Export().(T)
	if !ok {
		panic(vm.NewTypeError("invalid Intl handle"))
	}
	return h
}

func (s *state) natives() *goja.Object {
	vm := s.vm
	n := vm.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = n.Set(name, f) }
	arg := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }

	set("canonical", func(c goja.FunctionCall) goja.Value {
		t, ok := canonicalize(arg(c, 0).String())
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(t)
	})
	set("supported", func(c goja.FunctionCall) goja.Value {
		out := supported(strList(vm, arg(c, 0)))
		vals := make([]any, len(out))
		for i, v := range out {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
	set("dtfNew", func(c goja.FunctionCall) goja.Value {
		f, err := s.newDTF(strList(vm, arg(c, 0)), arg(c, 1).ToObject(vm))
		if err != nil {
			s.throw(err)
		}
		o := vm.NewObject()
		_ = o.Set("handle", f)
		_ = o.Set("resolved", s.dtfResolved(f))
		return o
	})
	set("dtfFormat", func(c goja.FunctionCall) goja.Value {
		str, err := handle[*dateTimeFormat](vm, arg(c, 0)).formatString(arg(c, 1).ToFloat())
		if err != nil {
			s.throw(err)
		}
		return vm.ToValue(str)
	})
	set("dtfParts", func(c goja.FunctionCall) goja.Value {
		p, err := handle[*dateTimeFormat](vm, arg(c, 0)).format(arg(c, 1).ToFloat())
		if err != nil {
			s.throw(err)
		}
		return flatParts(vm, p)
	})
	set("currencyDigits", func(c goja.FunctionCall) goja.Value { return vm.ToValue(currencyDigits(arg(c, 0).String())) })
	set("nfNew", func(c goja.FunctionCall) goja.Value {
		f, err := s.newNF(strList(vm, arg(c, 0)), arg(c, 1).ToObject(vm))
		if err != nil {
			s.throw(err)
		}
		o := vm.NewObject()
		_ = o.Set("handle", f)
		_ = o.Set("resolved", s.nfResolved(f))
		return o
	})
	set("nfFormat", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(joinParts(handle[*numberFormat](vm, arg(c, 0)).format(numArg(arg(c, 1)))))
	})
	set("nfParts", func(c goja.FunctionCall) goja.Value {
		return flatParts(vm, handle[*numberFormat](vm, arg(c, 0)).format(numArg(arg(c, 1))))
	})
	set("prNew", func(c goja.FunctionCall) goja.Value {
		locales := strList(vm, arg(c, 0))
		name := defaultLocale
		for _, l := range locales {
			if _, err := language.Parse(l); err == nil {
				name = l
				break
			}
		}
		rules := plural.Cardinal
		if arg(c, 1).String() == "ordinal" {
			rules = plural.Ordinal
		}
		nf := handle[*numberFormat](vm, arg(c, 2))
		pr := &pluralRules{tag: language.Make(name), rules: rules, nf: nf}
		o := vm.NewObject()
		_ = o.Set("handle", pr)
		_ = o.Set("locale", name)
		cats := pr.categories()
		vals := make([]any, len(cats))
		for i, v := range cats {
			vals[i] = v
		}
		_ = o.Set("categories", vm.NewArray(vals...))
		return o
	})
	set("prSelect", func(c goja.FunctionCall) goja.Value {
		x := arg(c, 1).ToFloat()
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return vm.ToValue("other")
		}
		return vm.ToValue(handle[*pluralRules](vm, arg(c, 0)).selectForm(math.Abs(x)))
	})
	set("colNew", func(c goja.FunctionCall) goja.Value {
		locales := strList(vm, arg(c, 0))
		r := arg(c, 1).ToObject(vm)
		name := defaultLocale
		for _, l := range locales {
			if _, err := language.Parse(l); err == nil {
				name = l
				break
			}
		}
		tag := language.Make(name)
		base, _ := tag.Base()
		col := newCollator(tag, r.Get("sensitivity").String(), r.Get("numeric").ToBoolean(), r.Get("ignorePunctuation").ToBoolean(), r.Get("caseFirst").String())
		res := vm.NewObject()
		_ = res.Set("locale", strings.SplitN(name, "-u-", 2)[0])
		_ = res.Set("usage", r.Get("usage"))
		_ = res.Set("sensitivity", r.Get("sensitivity"))
		_ = res.Set("ignorePunctuation", r.Get("ignorePunctuation"))
		_ = res.Set("collation", "default")
		_ = res.Set("numeric", r.Get("numeric"))
		_ = res.Set("caseFirst", r.Get("caseFirst"))
		_ = base
		o := vm.NewObject()
		_ = o.Set("handle", col)
		_ = o.Set("resolved", res)
		return o
	})
	set("colCompare", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(handle[*collator](vm, arg(c, 0)).compare(arg(c, 1).String(), arg(c, 2).String()))
	})
	set("rtfNew", func(c goja.FunctionCall) goja.Value {
		loc := dateLocaleFor(strList(vm, arg(c, 0)))
		r := &relativeTimeFormat{gb: loc == dateEnGB, style: arg(c, 1).String(), numeric: arg(c, 2).String(), nf: handle[*numberFormat](vm, arg(c, 3))}
		o := vm.NewObject()
		_ = o.Set("handle", r)
		_ = o.Set("locale", loc.name)
		return o
	})
	set("rtfParts", func(c goja.FunctionCall) goja.Value {
		v := arg(c, 1)
		negZero := false
		var x float64
		if s, ok := v.Export().(string); ok && s == "-0" {
			negZero = true
		} else {
			x = v.ToFloat()
		}
		out, ok := handle[*relativeTimeFormat](vm, arg(c, 0)).parts(x, negZero, arg(c, 2).String())
		if !ok {
			s.throw(fmt.Errorf("%w: Invalid unit argument for format() '%s'", errRange, arg(c, 2).String()))
		}
		vals := make([]any, len(out))
		for i, v := range out {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
	set("lfNew", func(c goja.FunctionCall) goja.Value {
		loc := dateLocaleFor(strList(vm, arg(c, 0)))
		l := &listFormat{gb: loc == dateEnGB, typ: arg(c, 1).String(), style: arg(c, 2).String()}
		o := vm.NewObject()
		_ = o.Set("handle", l)
		_ = o.Set("locale", loc.name)
		return o
	})
	set("lfParts", func(c goja.FunctionCall) goja.Value {
		out := handle[*listFormat](vm, arg(c, 0)).parts(strList(vm, arg(c, 1)))
		vals := make([]any, len(out))
		for i, v := range out {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
	set("segment", func(c goja.FunctionCall) goja.Value {
		segs := segmentText(arg(c, 0).String(), arg(c, 1).String())
		vals := make([]any, 0, 3*len(segs))
		for _, sg := range segs {
			vals = append(vals, sg.text, sg.index, sg.wordLike)
		}
		return vm.NewArray(vals...)
	})
	set("displayName", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(displayName(arg(c, 0).String(), arg(c, 1).String(), arg(c, 2).String(), arg(c, 3).String()))
	})
	set("localeParts", func(c goja.FunctionCall) goja.Value {
		t, err := language.Parse(arg(c, 0).String())
		if err != nil {
			s.throw(fmt.Errorf("%w: Incorrect locale information provided", errRange))
		}
		base, _ := t.Base()
		script, sc := t.Script()
		region, rc := t.Region()
		name := base.String()
		scr, reg := "", ""
		if sc == language.Exact {
			scr = script.String()
			name += "-" + scr
		}
		if rc == language.Exact {
			reg = region.String()
			name += "-" + reg
		}
		return vm.NewArray(name, base.String(), scr, reg)
	})
	set("maximize", func(c goja.FunctionCall) goja.Value {
		t, _ := language.Parse(arg(c, 0).String())
		base, _ := t.Base()
		script, _ := t.Script()
		region, _ := t.Region()
		return vm.ToValue(base.String() + "-" + script.String() + "-" + region.String())
	})
	set("minimize", func(c goja.FunctionCall) goja.Value {
		t, _ := language.Parse(arg(c, 0).String())
		base, _ := t.Base()
		return vm.ToValue(base.String())
	})
	set("supportedValues", func(c goja.FunctionCall) goja.Value {
		var vals []string
		switch arg(c, 0).String() {
		case "calendar":
			vals = []string{"gregory", "iso8601"}
		case "collation":
			vals = []string{"default"}
		case "currency":
			for k := range currencyNames {
				if k != "BTC" {
					vals = append(vals, k)
				}
			}
		case "numberingSystem":
			vals = []string{"latn"}
		case "timeZone":
			for k := range zoneMeta {
				if strings.Contains(k, "/") && !strings.HasPrefix(k, "Etc/") && !strings.HasPrefix(k, "US/") {
					vals = append(vals, canonicalZone(k))
				}
			}
			vals = append(vals, "UTC")
		case "unit":
			for k := range units {
				if !strings.Contains(k, "-per-") {
					vals = append(vals, k)
				}
			}
		default:
			return goja.Null()
		}
		sort.Strings(vals)
		vals = dedupe(vals)
		out := make([]any, len(vals))
		for i, v := range vals {
			out[i] = v
		}
		return vm.NewArray(out...)
	})
	return n
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// thisTime is the time value of a Date receiver (NaN when invalid).
func (s *state) thisTime(c goja.FunctionCall, method string) float64 {
	o, ok := c.This.(*goja.Object)
	if !ok || o.ClassName() != "Date" {
		panic(s.vm.NewTypeError("this is not a Date object."))
	}
	t, ok := o.Export().(time.Time)
	if !ok {
		return math.NaN()
	}
	return float64(t.UnixMilli())
}

// dateToString is Date.prototype.toString as Node prints it.
func (s *state) dateToString(c goja.FunctionCall) goja.Value {
	ms := s.thisTime(c, "toString")
	if math.IsNaN(ms) {
		return s.vm.ToValue("Invalid Date")
	}
	zone, id := s.localZone()
	t := time.UnixMilli(int64(ms)).In(zone)
	return s.vm.ToValue(fmt.Sprintf("%s %s %02d %s %s", weekdayShort[t.Weekday()], monthsShort[t.Month()-1], t.Day(), yearString(t.Year()), timeString(t, id)))
}

// dateToTimeString is Date.prototype.toTimeString as Node prints it.
func (s *state) dateToTimeString(c goja.FunctionCall) goja.Value {
	ms := s.thisTime(c, "toTimeString")
	if math.IsNaN(ms) {
		return s.vm.ToValue("Invalid Date")
	}
	zone, id := s.localZone()
	return s.vm.ToValue(timeString(time.UnixMilli(int64(ms)).In(zone), id))
}

func yearString(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

func timeString(t time.Time, id string) string {
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	name := zoneName(dateEnUS, id, t, patItem{ch: 'z', n: 4})
	return fmt.Sprintf("%02d:%02d:%02d GMT%s%02d%02d (%s)", t.Hour(), t.Minute(), t.Second(), sign, off/3600, off%3600/60, name)
}

// dateToLocale is Date.prototype.toLocale{,Date,Time}String.
func (s *state) dateToLocale(c goja.FunctionCall, required, defaults string) goja.Value {
	ms := s.thisTime(c, "toLocaleString")
	if goja.IsUndefined(c.Argument(0)) && goja.IsUndefined(c.Argument(1)) {
		if math.IsNaN(ms) {
			return s.vm.ToValue("Invalid Date")
		}
		if s.dates == nil {
			s.dates = map[string]*dateTimeFormat{}
		}
		f := s.dates[required]
		if f == nil {
			zone, id := s.localZone()
			o := dtOptions{}
			if defaults == "date" || defaults == "all" {
				o.year, o.month, o.day = "numeric", "numeric", "numeric"
			}
			if defaults == "time" || defaults == "all" {
				o.hour, o.minute, o.second = "numeric", "numeric", "numeric"
			}
			f, _ = newDateTimeFormat(dateEnUS, zone, id, o)
			s.dates[required] = f
		}
		str, err := f.formatString(ms)
		if err != nil {
			s.throw(err)
		}
		return s.vm.ToValue(str)
	}
	s.mustLoad()
	v, err := s.toDate(goja.Undefined(), s.vm.ToValue(ms), c.Argument(0), c.Argument(1), s.vm.ToValue(required), s.vm.ToValue(defaults))
	if err != nil {
		panic(err)
	}
	return v
}

// numberToLocale is Number.prototype.toLocaleString and BigInt's.
func (s *state) numberToLocale(c goja.FunctionCall) goja.Value {
	var num any
	switch x := c.This.Export().(type) {
	case float64:
		num = x
	case int64:
		num = float64(x)
	case *big.Int:
		num = x.String()
	default:
		num = c.This.ToFloat()
	}
	if goja.IsUndefined(c.Argument(0)) && goja.IsUndefined(c.Argument(1)) {
		if s.number == nil {
			s.number = &numberFormat{locale: defaultLocale, sym: enSymbols, o: nfOptions{
				style: "decimal", notation: "standard", useGrouping: "auto", signDisplay: "auto", roundingMode: "halfExpand",
				trailingZeroDisplay: "auto", roundingPriority: "auto", minInt: 1, maxFrac: 3, frac: true,
			}}
		}
		if f, ok := num.(float64); ok && f == 0 && math.Signbit(f) {
			num = "-0"
		}
		return s.vm.ToValue(joinParts(s.number.format(num)))
	}
	s.mustLoad()
	arg := s.vm.ToValue(num)
	v, err := s.toNum(goja.Undefined(), arg, c.Argument(0), c.Argument(1))
	if err != nil {
		panic(err)
	}
	return v
}

// localeCompare is String.prototype.localeCompare.
func (s *state) localeCompare(c goja.FunctionCall) goja.Value {
	if goja.IsUndefined(c.This) || goja.IsNull(c.This) {
		panic(s.vm.NewTypeError("String.prototype.localeCompare called on null or undefined"))
	}
	a, b := c.This.String(), c.Argument(0).String()
	if goja.IsUndefined(c.Argument(1)) && goja.IsUndefined(c.Argument(2)) {
		if s.collator == nil {
			s.collator = newCollator(language.AmericanEnglish, "variant", false, false, "false")
		}
		return s.vm.ToValue(s.collator.compare(a, b))
	}
	s.mustLoad()
	v, err := s.compare(goja.Undefined(), s.vm.ToValue(a), s.vm.ToValue(b), c.Argument(1), c.Argument(2))
	if err != nil {
		panic(err)
	}
	return v
}
