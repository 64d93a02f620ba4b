package jsintl

import (
	"math"
	"strings"
	"time"
)

// The range separator of CLDR 48's English interval formats: an en dash
// between thin spaces (en-GB's 24-hour times use a bare dash).
const rangeSep = "\u2009\u2013\u2009"

// dateIntervals are CLDR's English interval formats for dates with a
// month name, by the date pattern they extend and the greatest field that
// differs ('M' or 'd'). The en dash splits what is printed for the start
// from what is printed for the end.
var dateIntervals = map[string]map[string]map[byte]string{
	"en": {
		"MMM d, y":        {'d': "MMM d\u2009\u2013\u2009d, y", 'M': "MMM d\u2009\u2013\u2009MMM d, y"},
		"MMMM d, y":       {'d': "MMMM d\u2009\u2013\u2009d, y", 'M': "MMMM d\u2009\u2013\u2009MMMM d, y"},
		"EEEE, MMMM d, y": {'d': "EEEE, MMMM d\u2009\u2013\u2009EEEE, MMMM d, y", 'M': "EEEE, MMMM d\u2009\u2013\u2009EEEE, MMMM d, y"},
		"EEE, MMM d, y":   {'d': "EEE, MMM d\u2009\u2013\u2009EEE, MMM d, y", 'M': "EEE, MMM d\u2009\u2013\u2009EEE, MMM d, y"},
		"MMM d":           {'d': "MMM d\u2009\u2013\u2009d", 'M': "MMM d\u2009\u2013\u2009MMM d"},
		"MMMM d":          {'d': "MMMM d\u2009\u2013\u2009d", 'M': "MMMM d\u2009\u2013\u2009MMMM d"},
		"MMM y":           {'M': "MMM\u2009\u2013\u2009MMM y"},
		"MMMM y":          {'M': "MMMM\u2009\u2013\u2009MMMM y"},
	},
	"en-GB": {
		"d MMM y":        {'d': "d\u2009\u2013\u2009d MMM y", 'M': "d MMM\u2009\u2013\u2009d MMM y"},
		"d MMMM y":       {'d': "d\u2009\u2013\u2009d MMMM y", 'M': "d MMMM\u2009\u2013\u2009d MMMM y"},
		"EEEE, d MMMM y": {'d': "EEEE d\u2009MMMM \u2013\u2009EEEE d MMMM y", 'M': "EEEE d MMMM\u2009\u2013\u2009EEEE d MMMM y", 'y': "EEEE d MMMM y\u2009\u2013\u2009EEEE d MMMM y"},
		"EEE, d MMM y":   {'d': "EEE, d\u2009MMM \u2013\u2009EEE, d MMM y", 'M': "EEE, d MMM\u2009\u2013\u2009EEE, d MMM y"},
		"d MMM":          {'d': "d\u2009\u2013\u2009d MMM", 'M': "d MMM\u2009\u2013\u2009d MMM"},
		"d MMMM":         {'d': "d\u2009\u2013\u2009d MMMM", 'M': "d MMMM\u2009\u2013\u2009d MMMM"},
		"MMM y":          {'M': "MMM\u2009\u2013\u2009MMM y"},
		"MMMM y":         {'M': "MMMM\u2009\u2013\u2009MMMM y"},
	},
}

// unitRank orders the fields from the largest unit; 0 means no field.
var unitRank = map[byte]int{'y': 1, 'M': 2, 'd': 3, 'a': 4, 'h': 5, 'm': 6, 's': 7}

// greatestDiff is the largest calendar field in which a and b differ.
func greatestDiff(a, b time.Time) byte {
	switch {
	case a.Year() != b.Year():
		return 'y'
	case a.Month() != b.Month():
		return 'M'
	case a.Day() != b.Day():
		return 'd'
	case (a.Hour() < 12) != (b.Hour() < 12):
		return 'a'
	case a.Hour() != b.Hour():
		return 'h'
	case a.Minute() != b.Minute():
		return 'm'
	case a.Second() != b.Second():
		return 's'
	}
	return 0
}

// patternString writes items back as an LDML pattern.
func patternString(items []patItem) string {
	var b strings.Builder
	for _, it := range items {
		if it.lit != "" {
			if strings.IndexFunc(it.lit, func(r rune) bool { return r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
				b.WriteString("'" + strings.ReplaceAll(it.lit, "'", "''") + "'")
			} else {
				b.WriteString(it.lit)
			}
			continue
		}
		b.WriteString(strings.Repeat(string(it.ch), it.n))
	}
	return b.String()
}

// formatRange formats the range from a to b as Node does for English:
// one date when they agree in every field shown, CLDR's interval formats
// for month-name dates and for times within a day, and otherwise both
// dates in full (with the date added to a time-only format, the year to a
// format without one) joined by the range separator.
//
// single reports that the range printed as one date (V8 then writes the
// narrow no-break space as a plain space, as format does).
func (f *dateTimeFormat) formatRange(a, b float64) (parts []part, single bool, err error) {
	for _, v := range []float64{a, b} {
		if math.IsNaN(v) || math.Abs(v) > 8.64e15 {
			return nil, false, errRangeTime
		}
	}
	ta, tb := time.UnixMilli(int64(math.Floor(a))).In(f.zone), time.UnixMilli(int64(math.Floor(b))).In(f.zone)
	g := greatestDiff(ta, tb)
	shown := map[byte]bool{}
	smallest, hasDate, hasTime := 0, false, false
	for _, it := range f.items {
		if it.lit != "" {
			continue
		}
		t := fieldType(it.ch)
		switch t {
		case 'E':
			t = 'd'
		case 'j':
			t = 'h'
		case 'S':
			t = 's'
		}
		if r := unitRank[t]; r > smallest {
			smallest = r
		}
		shown[t] = true
		hasDate = hasDate || unitRank[t] >= 1 && unitRank[t] <= 3
		hasTime = hasTime || unitRank[t] >= 4
	}
	if g == 0 || unitRank[g] > smallest {
		p, err := f.format(a)
		return p, true, err
	}
	dateLevel := unitRank[g] <= 3
	if dateLevel && (!hasDate || (g == 'y' && !shown['y'])) {
		// the format cannot tell the days apart: show the dates in full
		ext := *f
		switch {
		case !hasDate:
			date, _ := bestPattern(f.loc, skeleton{'y': {ch: 'y', n: 1}, 'M': {ch: 'M', n: 1}, 'd': {ch: 'd', n: 1}})
			ext.items = joinDateTime(f.loc.glue[3], date, f.items)
		default:
			o := f.o
			o.year = "numeric"
			e, err := newDateTimeFormat(f.loc, f.zone, f.zoneID, o)
			if err != nil {
				return nil, false, err
			}
			ext = *e
		}
		p, err := joinRange(&ext, a, b)
		return p, false, err
	}
	if dateLevel {
		if hasTime {
			p, err := joinRange(f, a, b)
			return p, false, err
		}
		family := "en"
		if f.loc == dateEnGB {
			family = "en-GB"
		}
		if p, ok := dateIntervals[family][patternString(f.items)][g]; ok {
			return splitRange(f, parsePattern(p), ta, tb), false, nil
		}
		p, err := joinRange(f, a, b)
		return p, false, err
	}
	// The same day, different times: the date once, then the times.
	first := -1
	for i, it := range f.items {
		if it.lit == "" && (fieldType(it.ch) == 'j' || it.ch == 'm' || it.ch == 's' || it.ch == 'a') {
			first = i
			break
		}
	}
	if first < 0 {
		p, err := f.format(a)
		return p, true, err
	}
	var out []part
	prefix := f.items[:first]
	for i, it := range prefix {
		if i == len(prefix)-1 && it.lit != "" && hasDate {
			it = patItem{lit: ", "} // the date and a time range join with a comma, even after a long date
		}
		out = f.appendItem(out, ta, it)
	}
	tm := f.items[first:]
	twelve := hasField(tm, 'a')
	interval := !hasField(tm, 's') // CLDR has interval formats for h and hm only
	collapse := interval && twelve && g != 'a'
	sep := rangeSep
	if interval && !twelve && f.loc == dateEnGB {
		sep = "\u2013"
	}
	startItems := tm
	if collapse {
		// the day period once, after the end time: "10:00 – 10:45 AM"
		startItems = nil
		for _, it := range tm {
			if it.lit == "" && it.ch == 'a' {
				if n := len(startItems); n > 0 && startItems[n-1].lit != "" {
					startItems = startItems[:n-1]
				}
				continue
			}
			startItems = append(startItems, it)
		}
	}
	// Trailing zone names print once, after the end.
	for interval && len(startItems) > 0 {
		last := startItems[len(startItems)-1]
		if last.lit == "" && fieldType(last.ch) == 'z' || last.lit == " " {
			startItems = startItems[:len(startItems)-1]
			continue
		}
		break
	}
	for _, it := range startItems {
		out = f.appendItem(out, ta, it)
	}
	out = f.appendItem(out, tb, patItem{lit: sep})
	for _, it := range tm {
		out = f.appendItem(out, tb, it)
	}
	return out, false, nil
}

// joinRange is ICU's fallback: both dates in full around the separator.
func joinRange(f *dateTimeFormat, a, b float64) ([]part, error) {
	pa, err := f.format(a)
	if err != nil {
		return nil, err
	}
	pb, err := f.format(b)
	if err != nil {
		return nil, err
	}
	out := append(pa, part{"literal", rangeSep})
	return append(out, pb...), nil
}

// splitRange prints an interval pattern: the start date up to the en
// dash, the end date after it.
func splitRange(f *dateTimeFormat, items []patItem, ta, tb time.Time) []part {
	var out []part
	t := ta
	for _, it := range items {
		if it.lit != "" {
			if i := strings.Index(it.lit, "\u2013"); i >= 0 && t == ta {
				out = f.appendItem(out, ta, patItem{lit: it.lit[:i+len("\u2013")]})
				t = tb
				if rest := it.lit[i+len("\u2013"):]; rest != "" {
					out = f.appendItem(out, tb, patItem{lit: rest})
				}
				continue
			}
		}
		out = f.appendItem(out, t, it)
	}
	return out
}

// appendItem renders one pattern item, merging adjacent literals.
func (f *dateTimeFormat) appendItem(out []part, t time.Time, it patItem) []part {
	if it.lit != "" {
		if n := len(out); n > 0 && out[n-1].typ == "literal" {
			out[n-1].value += it.lit
			return out
		}
		return append(out, part{"literal", it.lit})
	}
	typ, val := f.field(t, it)
	return append(out, part{typ, val})
}

// rangeSources labels range parts as Node does: the separator and
// whatever prints once are "shared"; a field printed on both sides of the
// separator is "startRange" before it and "endRange" after, as are the
// literals between two such fields.
func rangeSources(parts []part, sep int) []string {
	src := make([]string, len(parts))
	before, after := map[string]bool{}, map[string]bool{}
	for i, p := range parts {
		if p.typ == "literal" {
			continue
		}
		if i < sep {
			before[p.typ] = true
		} else if i > sep {
			after[p.typ] = true
		}
	}
	for i, p := range parts {
		switch {
		case sep < 0 || i == sep:
			src[i] = "shared"
		case p.typ == "literal":
			src[i] = "" // settled below
		case i < sep && after[p.typ]:
			src[i] = "startRange"
		case i > sep && before[p.typ]:
			src[i] = "endRange"
		default:
			src[i] = "shared"
		}
	}
	for i := range parts {
		if src[i] != "" {
			continue
		}
		prev, next := "", ""
		for j := i - 1; j >= 0; j-- {
			if parts[j].typ != "literal" {
				prev = src[j]
				break
			}
		}
		for j := i + 1; j < len(parts); j++ {
			if parts[j].typ != "literal" {
				next = src[j]
				break
			}
		}
		if prev == next && prev != "shared" && prev != "" {
			src[i] = prev
		} else {
			src[i] = "shared"
		}
	}
	return src
}

// separatorIndex finds the range separator among parts, or -1.
func separatorIndex(parts []part) int {
	for i, p := range parts {
		if p.typ == "literal" && strings.Contains(p.value, "\u2013") {
			return i
		}
	}
	return -1
}
