package jsintl

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

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

// rangeParts flattens parts with their sources: type, value, source.
func rangeParts(vm *goja.Runtime, parts []part, src []string) goja.Value {
	out := make([]any, 0, 3*len(parts))
	for i, p := range parts {
		out = append(out, p.typ, p.value, src[i])
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
	set("dtfRange", func(c goja.FunctionCall) goja.Value {
		p, single, err := handle[*dateTimeFormat](vm, arg(c, 0)).formatRange(arg(c, 1).ToFloat(), arg(c, 2).ToFloat())
		if err != nil {
			s.throw(err)
		}
		if arg(c, 3).ToBoolean() {
			sep := -1
			if !single {
				sep = separatorIndex(p)
			}
			return rangeParts(vm, p, rangeSources(p, sep))
		}
		if single {
			return vm.ToValue(strings.ReplaceAll(joinParts(p), "\u202f", " "))
		}
		return vm.ToValue(joinParts(p)) // a real range keeps U+202F in V8
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
	// nfRange(h, a, b, toParts)
	set("nfRange", func(c goja.FunctionCall) goja.Value {
		p, src := handle[*numberFormat](vm, arg(c, 0)).formatRange(numArg(arg(c, 1)), numArg(arg(c, 2)))
		if arg(c, 3).ToBoolean() {
			return rangeParts(vm, p, src)
		}
		return vm.ToValue(joinParts(p))
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
