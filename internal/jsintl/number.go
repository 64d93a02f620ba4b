package jsintl

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// decimal is a non-negative decimal number: digits (no leading zeros; ""
// for zero) with the decimal point after point digits (point may be
// negative or beyond the digits).
type decimal struct {
	digits string
	point  int
}

// parseDecimal reads Go's shortest representation of a float, or a
// decimal string (a BigInt's digits).
func parseDecimal(s string) decimal {
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		exp, _ = strconv.Atoi(s[i+1:])
		s = s[:i]
	}
	point := len(s)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		point = i
		s = s[:i] + s[i+1:]
	}
	lead := 0
	for lead < len(s) && s[lead] == '0' {
		lead++
	}
	s = s[lead:]
	point -= lead
	s = strings.TrimRight(s, "0")
	if s == "" {
		return decimal{}
	}
	return decimal{digits: s, point: point + exp}
}

func (d decimal) isZero() bool { return d.digits == "" }

// intDigits is the number of digits before the point (at least 1 for
// display).
func (d decimal) magnitude() int { return d.point }

// round keeps the digits down to 10^-pos (pos negative rounds to tens,
// hundreds...) and rounds the rest away by mode.
func (d decimal) round(pos int, mode string, negative bool) decimal {
	keep := d.point + pos // how many leading digits stay
	if keep >= len(d.digits) {
		return d
	}
	var (
		kept        decimal
		first       byte
		restNonZero bool
	)
	switch {
	case keep < 0:
		first, restNonZero = '0', true
	case keep == 0:
		first, restNonZero = d.digits[0], len(d.digits) > 1
	default:
		kept = decimal{digits: d.digits[:keep], point: d.point}
		first, restNonZero = d.digits[keep], len(d.digits) > keep+1
	}
	cmp := -1 // the discarded part against one half
	switch {
	case first > '5' || (first == '5' && restNonZero):
		cmp = 1
	case first == '5':
		cmp = 0
	}
	lastOdd := keep > 0 && (d.digits[keep-1]-'0')%2 == 1
	var up bool
	switch mode {
	case "ceil":
		up = !negative
	case "floor":
		up = negative
	case "expand":
		up = true
	case "trunc":
		up = false
	case "halfCeil":
		up = cmp > 0 || (cmp == 0 && !negative)
	case "halfFloor":
		up = cmp > 0 || (cmp == 0 && negative)
	case "halfTrunc":
		up = cmp > 0
	case "halfEven":
		up = cmp > 0 || (cmp == 0 && lastOdd)
	default: // halfExpand
		up = cmp >= 0
	}
	if !up {
		return trimDecimal(kept)
	}
	if kept.isZero() {
		return decimal{digits: "1", point: 1 - pos}
	}
	return trimDecimal(addUnit(kept))
}

// addUnit adds one to the last digit of d.
func addUnit(d decimal) decimal {
	b := []byte(d.digits)
	i := len(b) - 1
	for i >= 0 && b[i] == '9' {
		b[i] = '0'
		i--
	}
	point := d.point
	if i < 0 {
		b = append([]byte{'1'}, b...)
		point++
	} else {
		b[i]++
	}
	return decimal{digits: string(b), point: point}
}

func trimDecimal(d decimal) decimal {
	s := strings.TrimRight(d.digits, "0")
	if s == "" {
		return decimal{}
	}
	return decimal{digits: s, point: d.point}
}

// text renders d with at least minInt integer digits and minFrac..
// fraction digits (those present are shown): integer and fraction parts.
func (d decimal) text(minInt, minFrac int) (string, string) {
	var in, fr string
	switch {
	case d.isZero():
		in = "0"
	case d.point <= 0:
		in = "0"
		fr = strings.Repeat("0", -d.point) + d.digits
	case d.point >= len(d.digits):
		in = d.digits + strings.Repeat("0", d.point-len(d.digits))
	default:
		in, fr = d.digits[:d.point], d.digits[d.point:]
	}
	for len(in) < minInt {
		in = "0" + in
	}
	for len(fr) < minFrac {
		fr += "0"
	}
	return in, fr
}

// numSymbols are a locale's number symbols.
type numSymbols struct {
	decimal, group, minus, percent, percentSep, nan string
	minGroup                                        int // minimumGroupingDigits
}

var enSymbols = numSymbols{decimal: ".", group: ",", minus: "-", percent: "%", nan: "NaN", minGroup: 1}

// minGrouping2 are locales whose CLDR minimumGroupingDigits is 2 (x/text
// does not carry it): 1234 stays ungrouped.
var minGrouping2 = map[string]bool{"es": true, "it": true, "pl": true, "pt-PT": true, "hr": true, "bg": true, "lv": true}

// symbolsFor reads a locale's symbols from x/text's CLDR data by
// formatting a probe number.
func symbolsFor(tag language.Tag) numSymbols {
	base, _ := tag.Base()
	if base.String() == "en" {
		return enSymbols
	}
	p := message.NewPrinter(tag)
	s := p.Sprint(number.Decimal(-12345.6))
	sym := numSymbols{minus: "-", percent: "%", nan: "NaN", minGroup: 1}
	if i := strings.Index(s, "12"); i >= 0 {
		sym.minus = s[:i]
		rest := s[i+2:]
		j := strings.Index(rest, "345")
		sym.group = rest[:j]
		rest = rest[j+3:]
		sym.decimal = strings.TrimSuffix(rest, "6")
	}
	if sym.minus == "" {
		sym.minus = "-"
	}
	pc := p.Sprint(number.Percent(0.5))
	pc = strings.TrimPrefix(pc, "50")
	sym.percent = strings.TrimLeft(pc, "\u00a0 ")
	sym.percentSep = strings.TrimSuffix(pc, sym.percent)
	if minGrouping2[tag.String()] || minGrouping2[base.String()] {
		sym.minGroup = 2
	}
	if base.String() == "fr" {
		sym.group = "\u202f" // CLDR 34+; x/text's data predates it
	}
	if nan := p.Sprint(number.Decimal(math.NaN())); nan != "" && !strings.Contains(nan, "¤") { // sv: x/text has a placeholder
		sym.nan = nan
	}
	return sym
}

// numberFormat is a resolved Intl.NumberFormat.
type numberFormat struct {
	locale string
	sym    numSymbols
	o      nfOptions
	gb     bool // en-GB's spellings and abbreviations
}

// nfOptions are NumberFormat's options after reading and defaults.
type nfOptions struct {
	style, currency, currencyDisplay, currencySign, unit, unitDisplay string
	notation, compactDisplay, useGrouping, signDisplay, roundingMode  string
	trailingZeroDisplay, roundingPriority                             string
	minInt, minFrac, maxFrac, minSig, maxSig                          int
	sig, frac, compactRounding                                        bool
}

// currencyDigits is ISO 4217's minor unit count (2 unless x/text says
// otherwise).
func currencyDigits(code string) int {
	if code == "" {
		return 2
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}

// format renders a number given as a float64, or as a decimal string
// (a BigInt, "-0", or a numeric string).
func (f *numberFormat) format(v any) []part {
	var (
		neg, nan, inf bool
		d             decimal
	)
	switch x := v.(type) {
	case float64:
		switch {
		case math.IsNaN(x):
			nan = true
		case math.IsInf(x, 0):
			inf, neg = true, x < 0
		default:
			neg = x < 0 || (x == 0 && math.Signbit(x))
			d = parseDecimal(strconv.FormatFloat(math.Abs(x), 'e', -1, 64))
		}
	case string:
		s := strings.TrimSpace(x)
		if strings.HasPrefix(s, "-") {
			neg, s = true, s[1:]
		} else {
			s = strings.TrimPrefix(s, "+")
		}
		if _, err := strconv.ParseFloat(s, 64); err != nil && s != "" {
			if s == "Infinity" {
				inf = true
			} else {
				nan = true
			}
		} else {
			d = parseDecimal(s)
		}
	}
	o := f.o
	if o.style == "percent" && !nan && !inf {
		d.point += 2
	}
	var parts []part
	var plural string // for long unit and currency names
	compactSuffix := ""
	exponent := 0
	if !nan && !inf {
		switch o.notation {
		case "compact":
			mag := d.magnitude()
			if !d.isZero() && mag >= 4 {
				group := min((mag-1)/3, 4)
				d.point -= group * 3
				compactSuffix = f.compactName(group)
			}
			d = f.roundCompact(d, neg)
			if compactSuffix == "" && !d.isZero() && d.magnitude() >= 4 {
				// rounding carried into the next group: 999.995 → 1K
				d.point -= 3
				compactSuffix = f.compactName(1)
			} else if compactSuffix != "" && d.magnitude() >= 4 {
				for i := 1; i < 4; i++ {
					if f.compactName(i) == compactSuffix {
						d.point -= 3
						compactSuffix = f.compactName(i + 1)
						break
					}
				}
			}
		case "scientific", "engineering":
			if !d.isZero() {
				exponent = d.magnitude() - 1
				if o.notation == "engineering" {
					exponent = int(math.Floor(float64(exponent)/3)) * 3
				}
				d.point -= exponent
			}
			d = f.roundDigits(d, neg)
			if !d.isZero() {
				if o.notation == "scientific" && d.magnitude() > 1 {
					d.point--
					exponent++
				} else if o.notation == "engineering" && d.magnitude() > 3 {
					d.point -= 3
					exponent += 3
				}
			}
		default:
			d = f.roundDigits(d, neg)
		}
	}
	in, fr := "", ""
	if !nan && !inf {
		minFrac := o.minFrac
		if o.sig && !o.frac {
			minFrac = 0
			if n := o.minSig - sigLen(d); n > 0 {
				_, cur := d.text(1, 0)
				minFrac = len(cur) + n
				if d.isZero() {
					minFrac = o.minSig - 1
				}
			}
		}
		if o.trailingZeroDisplay == "stripIfInteger" && d.point >= len(d.digits) {
			minFrac = 0
		}
		in, fr = d.text(o.minInt, minFrac)
		if in == "0" && fr == "" {
			plural = "other"
		} else if in == "1" && fr == "" && compactSuffix == "" {
			plural = "one"
		} else {
			plural = "other"
		}
	} else {
		plural = "other"
	}
	zero := d.isZero() && !nan && !inf
	sign := ""
	switch o.signDisplay {
	case "auto":
		if neg {
			sign = "-"
		}
	case "always":
		if neg {
			sign = "-"
		} else {
			sign = "+"
		}
	case "exceptZero":
		if zero || nan {
			sign = ""
		} else if neg {
			sign = "-"
		} else {
			sign = "+"
		}
	case "negative":
		if neg && !zero {
			sign = "-"
		}
	}
	accounting := o.style == "currency" && o.currencySign == "accounting" && sign == "-"
	var num []part
	switch {
	case nan:
		num = []part{{"nan", f.sym.nan}}
	case inf:
		num = []part{{"infinity", "∞"}}
	default:
		num = f.groupInteger(in)
		if fr != "" {
			num = append(num, part{"decimal", f.sym.decimal}, part{"fraction", fr})
		}
		if o.notation == "scientific" || o.notation == "engineering" {
			num = append(num, part{"exponentSeparator", "E"})
			if exponent < 0 {
				num = append(num, part{"exponentMinusSign", "-"})
			}
			num = append(num, part{"exponentInteger", strconv.Itoa(abs(exponent))})
		}
		if compactSuffix != "" {
			if o.compactDisplay == "long" {
				num = append(num, part{"literal", " "})
			}
			num = append(num, part{"compact", compactSuffix})
		}
	}
	signPart := func() {
		switch sign {
		case "-":
			if !accounting {
				parts = append(parts, part{"minusSign", f.sym.minus})
			}
		case "+":
			parts = append(parts, part{"plusSign", "+"})
		}
	}
	switch o.style {
	case "percent":
		signPart()
		parts = append(parts, num...)
		if f.sym.percentSep != "" {
			parts = append(parts, part{"literal", f.sym.percentSep})
		}
		parts = append(parts, part{"percentSign", f.sym.percent})
	case "currency":
		if accounting {
			parts = append(parts, part{"literal", "("})
		}
		switch o.currencyDisplay {
		case "name":
			signPart()
			parts = append(parts, num...)
			parts = append(parts, part{"literal", " "}, part{"currency", currencyName(o.currency, plural)})
		default:
			sym := currencySymbol(language.Make(f.locale), o.currency, o.currencyDisplay)
			signPart()
			parts = append(parts, part{"currency", sym})
			if last := sym[len(sym)-1]; (last >= 'A' && last <= 'Z' || last >= 'a' && last <= 'z') && !nan && !inf {
				parts = append(parts, part{"literal", "\u00a0"})
			}
			parts = append(parts, num...)
		}
		if accounting {
			parts = append(parts, part{"literal", ")"})
		}
	case "unit":
		pre, post := unitPattern(o.unit, o.unitDisplay, plural, f.gb)
		signPart()
		if pre != "" {
			parts = append(parts, part{"unit", pre}, part{"literal", " "})
		}
		parts = append(parts, num...)
		if post != "" {
			sep, u := "", post
			if o.unitDisplay != "narrow" || strings.HasPrefix(post, " ") {
				sep = " "
			}
			u = strings.TrimPrefix(u, " ")
			if unitNoSpace[o.unit] && o.unitDisplay != "long" {
				sep = ""
			}
			if sep != "" {
				parts = append(parts, part{"literal", sep})
			}
			parts = append(parts, part{"unit", u})
		}
	default:
		signPart()
		parts = append(parts, num...)
	}
	return parts
}

func sigLen(d decimal) int {
	if d.isZero() {
		return 1
	}
	if d.point > len(d.digits) {
		return d.point
	}
	if d.point <= 0 {
		return len(d.digits)
	}
	return len(d.digits)
}

// roundDigits applies the fraction or significant digit rounding.
func (f *numberFormat) roundDigits(d decimal, neg bool) decimal {
	o := f.o
	bySig := func() decimal {
		if d.isZero() {
			return d
		}
		return d.round(o.maxSig-d.magnitude(), o.roundingMode, neg)
	}
	byFrac := func() decimal { return d.round(o.maxFrac, o.roundingMode, neg) }
	switch {
	case o.sig && o.frac && o.roundingPriority != "auto":
		a, b := bySig(), byFrac()
		moreA := len(a.digits)-a.point > len(b.digits)-b.point
		if (o.roundingPriority == "morePrecision") == moreA {
			return a
		}
		return b
	case o.sig:
		return bySig()
	}
	return byFrac()
}

// roundCompact is compact notation's default: integers from two digits
// on, two significant digits below.
func (f *numberFormat) roundCompact(d decimal, neg bool) decimal {
	if !f.o.compactRounding {
		return f.roundDigits(d, neg)
	}
	if d.isZero() {
		return d
	}
	if d.magnitude() >= 2 {
		return d.round(0, f.o.roundingMode, neg)
	}
	return d.round(2-d.magnitude(), f.o.roundingMode, neg)
}

// groupInteger splits an integer's digits into groups of three.
func (f *numberFormat) groupInteger(in string) []part {
	g := f.o.useGrouping
	minGroup := f.sym.minGroup
	if g == "min2" {
		minGroup = 2
	}
	if g == "always" {
		minGroup = 1
	}
	if g == "false" || len(in) < 4 || len(in) < 3+minGroup || f.sym.group == "" {
		return []part{{"integer", in}}
	}
	var out []part
	first := len(in) % 3
	if first == 0 {
		first = 3
	}
	out = append(out, part{"integer", in[:first]})
	for i := first; i < len(in); i += 3 {
		out = append(out, part{"group", f.sym.group}, part{"integer", in[i : i+3]})
	}
	return out
}

func (f *numberFormat) compactName(group int) string {
	if f.gb && f.o.compactDisplay == "short" {
		return [5]string{"", "k", "m", "bn", "tn"}[group]
	}
	return compactNames[f.o.compactDisplay][group]
}

var compactNames = map[string][5]string{
	"short": {"", "K", "M", "B", "T"},
	"long":  {"", "thousand", "million", "billion", "trillion"},
}

// currencySymbol is the English symbol of a currency: from x/text's CLDR
// data, or its code.
func currencySymbol(tag language.Tag, code, display string) string {
	if display == "code" {
		return code
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return code
	}
	p := message.NewPrinter(tag)
	if display == "narrowSymbol" {
		return p.Sprint(currency.NarrowSymbol(u))
	}
	return p.Sprint(currency.Symbol(u))
}

// currencyNames are English display names (x/text has none).
var currencyNames = map[string][2]string{
	"USD": {"US dollar", "US dollars"}, "EUR": {"euro", "euros"}, "GBP": {"British pound", "British pounds"}, "JPY": {"Japanese yen", "Japanese yen"},
	"CHF": {"Swiss franc", "Swiss francs"}, "CAD": {"Canadian dollar", "Canadian dollars"}, "AUD": {"Australian dollar", "Australian dollars"},
	"CNY": {"Chinese yuan", "Chinese yuan"}, "INR": {"Indian rupee", "Indian rupees"}, "BRL": {"Brazilian real", "Brazilian reals"},
	"MXN": {"Mexican peso", "Mexican pesos"}, "SEK": {"Swedish krona", "Swedish kronor"}, "NOK": {"Norwegian krone", "Norwegian kroner"},
	"DKK": {"Danish krone", "Danish kroner"}, "PLN": {"Polish zloty", "Polish zlotys"}, "RUB": {"Russian ruble", "Russian rubles"},
	"KRW": {"South Korean won", "South Korean won"}, "NZD": {"New Zealand dollar", "New Zealand dollars"}, "HKD": {"Hong Kong dollar", "Hong Kong dollars"},
	"SGD": {"Singapore dollar", "Singapore dollars"}, "ZAR": {"South African rand", "South African rand"}, "TRY": {"Turkish lira", "Turkish Lira"},
	"BTC": {"BTC", "BTC"},
}

func currencyName(code, plural string) string {
	if n, ok := currencyNames[code]; ok {
		if plural == "one" {
			return n[0]
		}
		return n[1]
	}
	return code
}

// units are the English names of ECMA-402's sanctioned units: short,
// narrow, long singular, long plural.
var units = map[string][4]string{
	"acre": {"ac", "ac", "acre", "acres"}, "bit": {"bit", "bit", "bit", "bits"}, "byte": {"byte", "B", "byte", "bytes"},
	"celsius": {"°C", "°C", "degree Celsius", "degrees Celsius"}, "centimeter": {"cm", "cm", "centimeter", "centimeters"},
	"day": {"day", "d", "day", "days"}, "degree": {"deg", "°", "degree", "degrees"}, "fahrenheit": {"°F", "°", "degree Fahrenheit", "degrees Fahrenheit"},
	"fluid-ounce": {"fl oz", "fl oz", "fluid ounce", "fluid ounces"}, "foot": {"ft", "′", "foot", "feet"}, "gallon": {"gal", "gal", "gallon", "gallons"},
	"gigabit": {"Gb", "Gb", "gigabit", "gigabits"}, "gigabyte": {"GB", "GB", "gigabyte", "gigabytes"}, "gram": {"g", "g", "gram", "grams"},
	"hectare": {"ha", "ha", "hectare", "hectares"}, "hour": {"hr", "h", "hour", "hours"}, "inch": {"in", "″", "inch", "inches"},
	"kilobit": {"kb", "kb", "kilobit", "kilobits"}, "kilobyte": {"kB", "kB", "kilobyte", "kilobytes"}, "kilogram": {"kg", "kg", "kilogram", "kilograms"},
	"kilometer": {"km", "km", "kilometer", "kilometers"}, "liter": {"L", "L", "liter", "liters"}, "megabit": {"Mb", "Mb", "megabit", "megabits"},
	"megabyte": {"MB", "MB", "megabyte", "megabytes"}, "meter": {"m", "m", "meter", "meters"}, "microsecond": {"μs", "μs", "microsecond", "microseconds"},
	"mile": {"mi", "mi", "mile", "miles"}, "mile-scandinavian": {"smi", "smi", "mile-scandinavian", "miles-scandinavian"}, "milliliter": {"mL", "mL", "milliliter", "milliliters"},
	"millimeter": {"mm", "mm", "millimeter", "millimeters"}, "millisecond": {"ms", "ms", "millisecond", "milliseconds"}, "minute": {"min", "m", "minute", "minutes"},
	"month": {"mth", "m", "month", "months"}, "nanosecond": {"ns", "ns", "nanosecond", "nanoseconds"}, "ounce": {"oz", "oz", "ounce", "ounces"},
	"percent": {"%", "%", "percent", "percent"}, "petabyte": {"PB", "PB", "petabyte", "petabytes"}, "pound": {"lb", "lb", "pound", "pounds"},
	"second": {"sec", "s", "second", "seconds"}, "stone": {"st", "st", "stone", "stones"}, "terabit": {"Tb", "Tb", "terabit", "terabits"},
	"terabyte": {"TB", "TB", "terabyte", "terabytes"}, "week": {"wk", "w", "week", "weeks"}, "yard": {"yd", "yd", "yard", "yards"}, "year": {"yr", "y", "year", "years"},
	"kilometer-per-hour": {"km/h", "km/h", "kilometer per hour", "kilometers per hour"}, "mile-per-hour": {"mph", "mph", "mile per hour", "miles per hour"},
	"meter-per-second": {"m/s", "m/s", "meter per second", "meters per second"}, "liter-per-kilometer": {"L/km", "L/km", "liter per kilometer", "liters per kilometer"},
	"mile-per-gallon": {"mpg", "mpg", "mile per gallon", "miles per gallon"},
}

// unitNoSpace are units written against the number in short form.
var unitNoSpace = map[string]bool{"percent": true, "celsius": true, "fahrenheit": true, "degree": false}

// isUnit reports whether u is a sanctioned unit or a -per- pair of them.
func isUnit(u string) bool {
	if _, ok := units[u]; ok {
		return true
	}
	a, b, ok := strings.Cut(u, "-per-")
	_, okA := units[a]
	_, okB := units[b]
	return ok && okA && okB
}

// unitPattern gives the text before and after the number.
func unitPattern(u, display, plural string, gb bool) (string, string) {
	pre, post := unitPatternUS(u, display, plural)
	if !gb {
		return pre, post
	}
	// en-GB spells metres and litres, and abbreviates some differently
	if display == "long" {
		post = strings.ReplaceAll(strings.ReplaceAll(post, "meter", "metre"), "liter", "litre")
		if u == "percent" {
			post = "per cent"
		}
		return pre, post
	}
	switch u {
	case "liter":
		post = "l"
	case "milliliter":
		post = "ml"
	}
	if display == "short" && plural != "one" {
		switch u {
		case "second":
			post = "secs"
		case "minute":
			post = "mins"
		case "hour":
			post = "hrs"
		}
	}
	return pre, post
}

func unitPatternUS(u, display, plural string) (string, string) {
	n, ok := units[u]
	if !ok {
		a, b, _ := strings.Cut(u, "-per-")
		na, nb := units[a], units[b]
		switch display {
		case "long":
			if plural == "one" {
				return "", na[2] + " per " + nb[2]
			}
			return "", na[3] + " per " + nb[2]
		case "narrow":
			return "", na[1] + "/" + nb[1]
		}
		return "", na[0] + "/" + nb[0]
	}
	switch display {
	case "long":
		if plural == "one" {
			return "", n[2]
		}
		return "", n[3]
	case "narrow":
		return "", n[1]
	}
	if plural != "one" && (u == "day" || u == "week" || u == "month" || u == "year" || u == "hour" || u == "byte" || u == "bit") {
		if short := pluralShort[u]; short != "" {
			return "", short
		}
	}
	return "", n[0]
}

var pluralShort = map[string]string{"day": "days", "week": "wks", "month": "mths", "year": "yrs", "hour": "hr", "byte": "byte", "bit": "bit"}

func (f *numberFormat) String() string { return fmt.Sprintf("NumberFormat(%s)", f.locale) }

// formatRange is NumberFormat#formatRange for English: "~3" when both
// ends print alike; a unit after both numbers, or a currency symbol of more
// than one character before two non-negative ones, printed once
// ("3–5 km", "US$3.00–5.00"); and the en dash, spaced when a sign or
// symbol stands beside it ("$3.00 – $5.00"). Each part comes with its
// source, as formatRangeToParts reports it.
func (f *numberFormat) formatRange(a, b any) ([]part, []string) {
	pa, pb := f.format(a), f.format(b)
	if joinParts(pa) == joinParts(pb) {
		out := append([]part{{"approximatelySign", "~"}}, pa...)
		return out, sources(len(out), "shared")
	}
	numeric := func(t string) bool { return t == "integer" || t == "group" || t == "decimal" || t == "fraction" }
	var head, tail []part
	if f.o.style == "unit" && f.o.notation != "compact" {
		ia, ib := len(pa), len(pb)
		for ia > 0 && ib > 0 && !numeric(pa[ia-1].typ) && pa[ia-1] == pb[ib-1] {
			ia, ib = ia-1, ib-1
		}
		if ia < len(pa) && ia > 0 && numeric(pa[ia-1].typ) {
			tail = pb[ib:]
			pa, pb = pa[:ia], pb[:ib]
		}
	}
	if f.o.style == "currency" && len(pa) > 0 && len(pb) > 0 && pa[0].typ == "currency" && pa[0] == pb[0] && len([]rune(pa[0].value)) > 1 {
		head = pa[:1]
		pa, pb = pa[1:], pb[1:]
		if len(pa) > 0 && pa[0].typ == "literal" && len(pb) > 0 && pb[0] == pa[0] {
			head = append(head, pa[0])
			pa, pb = pa[1:], pb[1:]
		}
	}
	plain := true
	for _, p := range append(append([]part{}, pa...), pb...) {
		if !numeric(p.typ) {
			plain = false
		}
	}
	sep := part{"literal", "\u2013"}
	if !plain {
		sep.value = " \u2013 "
	}
	var out []part
	var src []string
	add := func(ps []part, source string) {
		for _, p := range ps {
			if p.typ == "literal" && len(out) > 0 && out[len(out)-1].typ == "literal" {
				out[len(out)-1].value += p.value
				src[len(src)-1] = "shared" // a literal beside the separator joins it
				continue
			}
			out = append(out, p)
			src = append(src, source)
		}
	}
	add(head, "shared")
	add(pa, "startRange")
	add([]part{sep}, "shared")
	add(pb, "endRange")
	add(tail, "shared")
	return out, src
}

func sources(n int, s string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}
