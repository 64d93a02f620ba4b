package jsintl

import "strings"

// relUnit is one unit's English relative-time patterns: the unit text for
// one and other, in long, short and narrow style, and the phrases
// numeric:"auto" uses for -1, 0 and 1.
type relUnit struct {
	long, short, narrow [2]string // singular, plural; narrow is appended without a space
	auto                [3]string // long style; "" when none
	autoShort           [3]string
}

var relUnits = map[string]relUnit{
	"second":  {long: [2]string{"second", "seconds"}, short: [2]string{"sec.", "sec."}, narrow: [2]string{"s", "s"}, auto: [3]string{"", "now", ""}, autoShort: [3]string{"", "now", ""}},
	"minute":  {long: [2]string{"minute", "minutes"}, short: [2]string{"min.", "min."}, narrow: [2]string{"m", "m"}, auto: [3]string{"", "this minute", ""}, autoShort: [3]string{"", "this minute", ""}},
	"hour":    {long: [2]string{"hour", "hours"}, short: [2]string{"hr.", "hr."}, narrow: [2]string{"h", "h"}, auto: [3]string{"", "this hour", ""}, autoShort: [3]string{"", "this hour", ""}},
	"day":     {long: [2]string{"day", "days"}, short: [2]string{"day", "days"}, narrow: [2]string{"d", "d"}, auto: [3]string{"yesterday", "today", "tomorrow"}, autoShort: [3]string{"yesterday", "today", "tomorrow"}},
	"week":    {long: [2]string{"week", "weeks"}, short: [2]string{"wk.", "wk."}, narrow: [2]string{"w", "w"}, auto: [3]string{"last week", "this week", "next week"}, autoShort: [3]string{"last wk.", "this wk.", "next wk."}},
	"month":   {long: [2]string{"month", "months"}, short: [2]string{"mo.", "mo."}, narrow: [2]string{"mo", "mo"}, auto: [3]string{"last month", "this month", "next month"}, autoShort: [3]string{"last mo.", "this mo.", "next mo."}},
	"quarter": {long: [2]string{"quarter", "quarters"}, short: [2]string{"qtr.", "qtrs."}, narrow: [2]string{"q", "q"}, auto: [3]string{"last quarter", "this quarter", "next quarter"}, autoShort: [3]string{"last qtr.", "this qtr.", "next qtr."}},
	"year":    {long: [2]string{"year", "years"}, short: [2]string{"yr.", "yr."}, narrow: [2]string{"y", "y"}, auto: [3]string{"last year", "this year", "next year"}, autoShort: [3]string{"last yr.", "this yr.", "next yr."}},
}

// relativeTimeFormat is a resolved Intl.RelativeTimeFormat (English).
type relativeTimeFormat struct {
	gb             bool // en-GB drops the abbreviations' periods
	style, numeric string
	nf             *numberFormat
}

// parts formats v units: flat (type, value, unit) triples.
func (r *relativeTimeFormat) parts(v float64, negZero bool, unit string) ([]string, bool) {
	unit = strings.TrimSuffix(unit, "s")
	u, ok := relUnits[unit]
	if !ok {
		return nil, false
	}
	if r.numeric == "auto" && (v == -1 || v == 0 || v == 1) {
		phrases := u.auto
		if r.style != "long" {
			phrases = u.autoShort
		}
		if p := phrases[int(v)+1]; p != "" {
			if r.gb && r.style != "long" && unit != "quarter" {
				p = strings.TrimSuffix(p, ".")
			}
			return []string{"literal", p, ""}, true
		}
	}
	past := v < 0 || negZero
	abs := v
	if abs < 0 {
		abs = -abs
	}
	num := r.nf.format(abs)
	one := len(num) == 1 && num[0].typ == "integer" && num[0].value == "1"
	idx := 1
	if one {
		idx = 0
	}
	var text string
	sep := " "
	switch {
	case r.style == "long":
		text = u.long[idx]
	case r.gb:
		// en-GB writes short and narrow alike, without periods
		text = strings.TrimSuffix(u.short[idx], ".")
		if unit == "quarter" {
			text = "qtr"
		}
	case r.style == "short":
		text = u.short[idx]
	default:
		text, sep = u.narrow[idx], ""
	}
	var out []string
	if !past {
		out = append(out, "literal", "in ", "")
	}
	for _, p := range num {
		out = append(out, p.typ, p.value, unit)
	}
	if past {
		out = append(out, "literal", sep+text+" ago", "")
	} else {
		out = append(out, "literal", sep+text, "")
	}
	return out, true
}
