package jsintl

import (
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/text/language"
)

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
