package jsintl

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// part is one piece of formatted output, as formatToParts returns it.
type part struct{ typ, value string }

// patItem is one item of a date pattern: a field (ch repeated n times) or
// a literal.
type patItem struct {
	lit string
	ch  byte
	n   int
}

// parsePattern reads an LDML date pattern ("MMM d, y 'at' h:mm a").
func parsePattern(p string) []patItem {
	var out []patItem
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, patItem{lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\'':
			j := i + 1
			if j < len(p) && p[j] == '\'' {
				lit.WriteByte('\'')
				i += 2
				continue
			}
			for j < len(p) && p[j] != '\'' {
				lit.WriteByte(p[j])
				j++
			}
			i = j + 1
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			flush()
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			out = append(out, patItem{ch: c, n: j - i})
			i = j
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return out
}

// fieldType groups pattern letters that are the same field.
func fieldType(c byte) byte {
	switch c {
	case 'L':
		return 'M'
	case 'c':
		return 'E'
	case 'h', 'H', 'K', 'k':
		return 'j'
	case 'z', 'O', 'v':
		return 'z'
	}
	return c
}

var fieldOrder = []byte{'G', 'y', 'M', 'E', 'd', 'j', 'm', 's', 'z'}

// hourFamily groups the 12-hour letters (h, K) and the 24-hour ones (H,
// k): skeleton formats have only h and H.
func hourFamily(c byte) byte {
	if c == 'h' || c == 'K' {
		return 'h'
	}
	return 'H'
}

func isDateType(t byte) bool { return t == 'G' || t == 'y' || t == 'M' || t == 'E' || t == 'd' }

// skeleton is a requested set of fields: type → (letter, length).
type skeleton map[byte]patItem

func (s skeleton) String() string {
	var b strings.Builder
	for _, t := range fieldOrder {
		if f, ok := s[t]; ok {
			b.WriteString(strings.Repeat(string(f.ch), f.n))
		}
	}
	return b.String()
}

func parseSkeleton(key string) skeleton {
	s := skeleton{}
	for _, it := range parsePattern(key) {
		if it.lit == "" {
			s[fieldType(it.ch)] = it
		}
	}
	return s
}

func isText(t byte, n int) bool { return (t == 'M' && n >= 3) || t == 'E' || t == 'G' || t == 'z' }

// candidate is a pattern a skeleton can match: a skeleton format, or
// one of the locale's style patterns under the skeleton its fields spell.
type candidate struct {
	key     string
	skel    skeleton
	pattern string
	style   bool
}

// candidates lists a locale's patterns, sorted so that matching is
// deterministic; built once per locale.
func (loc *dateLocale) candidates() []candidate {
	loc.once.Do(func() {
		for k, p := range loc.formats {
			loc.cands = append(loc.cands, candidate{key: k, skel: parseSkeleton(k), pattern: p})
		}
		for _, p := range append(loc.dateStyles[:], loc.timeStyles[:]...) {
			sk := skeleton{}
			for _, it := range parsePattern(p) {
				if it.lit == "" && it.ch != 'a' {
					if it.ch == 'L' || it.ch == 'c' {
						sk[fieldType(it.ch)] = patItem{ch: fieldType(it.ch), n: it.n}
					} else {
						sk[fieldType(it.ch)] = it
					}
				}
			}
			loc.cands = append(loc.cands, candidate{key: sk.String(), skel: sk, pattern: p, style: true})
		}
		sort.Slice(loc.cands, func(i, j int) bool {
			if loc.cands[i].key != loc.cands[j].key {
				return loc.cands[i].key < loc.cands[j].key
			}
			return !loc.cands[i].style && loc.cands[j].style
		})
	})
	return loc.cands
}

// bestPattern finds the pattern for the fields of req: a skeleton format
// with exactly the requested fields and widths is used as it is;
// otherwise the closest pattern with the same fields, adjusted to the
// requested widths; otherwise the closest with fewer fields, the rest
// appended.
//
// composed reports that some field had no pattern and was appended, as
// ICU's appendItems do: the output then follows ICU only approximately.
func bestPattern(loc *dateLocale, req skeleton) (items []patItem, composed bool) {
	if p, ok := loc.formats[req.String()]; ok {
		return parsePattern(p), false
	}
	var best *candidate
	bestCovered, bestDist, bestMismatch := 0, 0, 0
	for i := range loc.candidates() {
		c := &loc.candidates()[i]
		ok, dist, mismatch := true, 0, 0
		for t, f := range c.skel {
			r, has := req[t]
			if !has || (t == 'j' && hourFamily(r.ch) != hourFamily(f.ch)) {
				ok = false
				break
			}
			if isText(t, r.n) != isText(t, f.n) {
				mismatch++
			}
			if t == 'z' && r.ch != f.ch {
				// generic names (v) are further from z and O than those two are
				// from each other
				dist += 10
				if r.ch == 'v' || f.ch == 'v' {
					dist += 2
				}
			}
			dist += abs(r.n - f.n)
		}
		if !ok {
			continue
		}
		n := len(c.skel)
		better := best == nil || mismatch < bestMismatch ||
			(mismatch == bestMismatch && (n > bestCovered || (n == bestCovered && (dist < bestDist || (dist == bestDist && c.style && !best.style)))))
		if better {
			best, bestCovered, bestDist, bestMismatch = c, n, dist, mismatch
		}
	}
	got := skeleton{}
	if best != nil {
		items = parsePattern(best.pattern)
		ks := best.skel
		for i, it := range items {
			if it.lit != "" {
				continue
			}
			t := fieldType(it.ch)
			r, ok := req[t]
			if !ok {
				continue
			}
			got[t] = r
			switch {
			case t == 'm' || t == 's':
				// minute and second keep the pattern's width
			case t == 'z':
				items[i] = r
			case ks[t].n == r.n:
				// the pattern was written for this width: keep it
			case t == 'M' || t == 'E':
				if isText(t, r.n) == isText(t, it.n) {
					items[i].n = r.n
				}
			case t == 'j':
				items[i].n = r.n
			default:
				items[i] = patItem{ch: r.ch, n: r.n}
			}
		}
	}
	for _, t := range fieldOrder {
		r, ok := req[t]
		if !ok {
			continue
		}
		if _, done := got[t]; done {
			continue
		}
		if t == 'm' || t == 's' {
			r.n = 1 // no format of its own: the canonical one-letter field
		}
		if len(items) == 0 {
			items = []patItem{r}
			continue
		}
		composed = true
		if t == 'E' || t == 'G' || t == 'z' || t == 'y' {
			// CLDR's appendItems: "{0} {1}" for these, "{0} ({2}: {1})" for the rest
			items = append(items, patItem{lit: " "}, r)
		} else {
			items = append(items, patItem{lit: " ("}, patItem{lit: fieldNames[r.ch] + ": "}, r, patItem{lit: ")"})
		}
	}
	return items, composed
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// joinDateTime joins a date and a time pattern with the locale's glue for
// the date's style.
func joinDateTime(glue string, date, tm []patItem) []patItem {
	var out []patItem
	for _, it := range parsePattern(glue) {
		switch {
		case it.lit == "" && it.ch == 0:
		case it.lit != "":
			// the glue's placeholders are literals "{0}" and "{1}" among text
			rest := it.lit
			for rest != "" {
				i0, i1 := strings.Index(rest, "{0}"), strings.Index(rest, "{1}")
				i, sub := -1, []patItem(nil)
				if i0 >= 0 && (i1 < 0 || i0 < i1) {
					i, sub = i0, tm
				} else if i1 >= 0 {
					i, sub = i1, date
				}
				if i < 0 {
					out = append(out, patItem{lit: rest})
					break
				}
				if i > 0 {
					out = append(out, patItem{lit: rest[:i]})
				}
				out = append(out, sub...)
				rest = rest[i+3:]
			}
		}
	}
	return out
}

// glueStyle picks the dateTimeFormat of a date pattern: full for a long
// month with a weekday, long for a long month, medium for a short one,
// short otherwise.
func glueStyle(req skeleton) int {
	m, hasM := req['M']
	switch {
	case hasM && m.n == 4 && req['E'].n == 4:
		return 0
	case hasM && m.n == 4:
		return 1
	case hasM && m.n == 3:
		return 2
	}
	return 3
}

// dtOptions are a DateTimeFormat's options after reading and defaults.
type dtOptions struct {
	weekday, era, year, month, day, hour, minute, second, tzName string
	fsd                                                          int
	dateStyle, timeStyle, hourCycle                              string
	hour12                                                       *bool
}

var styleIndex = map[string]int{"full": 0, "long": 1, "medium": 2, "short": 3}

// errRange and errType become RangeError and TypeError in JavaScript.
var (
	errRange = errors.New("range")
	errType  = errors.New("type")
)

// dateTimeFormat is a resolved Intl.DateTimeFormat.
type dateTimeFormat struct {
	loc      *dateLocale
	zone     *time.Location
	zoneID   string // as resolvedOptions reports it
	items    []patItem
	hc       string // resolved hour cycle, "" without an hour
	o        dtOptions
	resolved [][2]string // field options in resolvedOptions order
	composed bool        // a field had no CLDR pattern and was appended (see bestPattern)
}

func hcChar(hc string) byte {
	return map[string]byte{"h11": 'K', "h12": 'h', "h23": 'H', "h24": 'k'}[hc]
}

// newDateTimeFormat resolves options for a locale and zone.
func newDateTimeFormat(loc *dateLocale, zone *time.Location, zoneID string, o dtOptions) (*dateTimeFormat, error) {
	f := &dateTimeFormat{loc: loc, zone: zone, zoneID: zoneID, o: o}
	hasHour := o.hour != "" || o.timeStyle != ""
	hc := loc.hourCycle
	if o.hourCycle != "" {
		hc = o.hourCycle
	}
	if o.hour12 != nil {
		def12 := loc.hourCycle == "h11" || loc.hourCycle == "h23"
		switch {
		case *o.hour12 && def12:
			hc = "h11"
		case *o.hour12:
			hc = "h12"
		case def12:
			hc = "h23"
		default:
			hc = "h24"
		}
	}
	if o.dateStyle != "" || o.timeStyle != "" {
		var date, tm []patItem
		if o.dateStyle != "" {
			date = parsePattern(loc.dateStyles[styleIndex[o.dateStyle]])
		}
		if o.timeStyle != "" {
			tm = convertHours(parsePattern(loc.timeStyles[styleIndex[o.timeStyle]]), hc, loc)
		}
		switch {
		case date != nil && tm != nil:
			f.items = joinDateTime(loc.glue[styleIndex[o.dateStyle]], date, tm)
		case date != nil:
			f.items = date
		default:
			f.items = tm
		}
	} else {
		req := skeleton{}
		width := func(t byte, ch byte, v string) {
			n := map[string]int{"numeric": 1, "2-digit": 2, "short": 3, "long": 4, "narrow": 5}[v]
			if n > 0 {
				req[t] = patItem{ch: ch, n: n}
			}
		}
		width('G', 'G', o.era)
		if req['G'].n == 3 {
			req['G'] = patItem{ch: 'G', n: 1}
		}
		width('y', 'y', o.year)
		width('M', 'M', o.month)
		width('E', 'E', o.weekday)
		width('d', 'd', o.day)
		if o.hour != "" {
			ch := byte('h')
			if o.hourCycle == "" && o.hour12 == nil {
				if loc.hourCycle == "h23" {
					ch = 'H'
				}
			} else {
				ch = hcChar(hc)
			}
			width('j', ch, o.hour)
		}
		width('m', 'm', o.minute)
		width('s', 's', o.second)
		switch o.tzName {
		case "short":
			req['z'] = patItem{ch: 'z', n: 1}
		case "long":
			req['z'] = patItem{ch: 'z', n: 4}
		case "shortOffset":
			req['z'] = patItem{ch: 'O', n: 1}
		case "longOffset":
			req['z'] = patItem{ch: 'O', n: 4}
		case "shortGeneric":
			req['z'] = patItem{ch: 'v', n: 1}
		case "longGeneric":
			req['z'] = patItem{ch: 'v', n: 4}
		}
		date, tm := skeleton{}, skeleton{}
		for t, v := range req {
			if isDateType(t) {
				date[t] = v
			} else {
				tm[t] = v
			}
		}
		if _, exact := loc.formats[req.String()]; !exact && len(date) > 0 && len(tm) > 0 && !hasKeyFor(loc, req) {
			d, c1 := bestPattern(loc, date)
			t, c2 := bestPattern(loc, tm)
			f.items, f.composed = joinDateTime(loc.glue[glueStyle(date)], d, t), c1 || c2
		} else {
			f.items, f.composed = bestPattern(loc, req)
		}
		if o.hour != "" {
			c := hcChar(hc)
			for i, it := range f.items {
				if it.lit == "" && fieldType(it.ch) == 'j' {
					f.items[i].ch = c
				}
			}
		}
		if o.fsd > 0 {
			f.items = insertFraction(f.items, o.fsd, o.minute != "", loc.decimal)
			if !hasField(f.items, 's') || o.second == "" && o.minute == "" {
				f.composed = true
			}
		}
	}
	if hasHour {
		f.hc = hc
		for _, it := range f.items {
			if it.lit == "" && fieldType(it.ch) == 'j' {
				f.hc = map[byte]string{'K': "h11", 'h': "h12", 'H': "h23", 'k': "h24"}[it.ch]
			}
		}
	}
	if o.dateStyle == "" && o.timeStyle == "" {
		f.resolveFields()
		// A 24-hour clock in a 12-hour locale shows two digits, whatever
		// resolvedOptions says (V8 widens the hour after resolving).
		if c := hcChar(hc); o.hour != "" && (loc.hourCycle == "h12" || loc.hourCycle == "h11") && (c == 'H' || c == 'k') {
			for i, it := range f.items {
				if it.lit == "" && fieldType(it.ch) == 'j' {
					f.items[i].n = 2
				}
			}
		}
	}
	return f, nil
}

// hasKeyFor reports whether one skeleton format covers all of req's
// fields (then date and time are not split).
func hasKeyFor(loc *dateLocale, req skeleton) bool {
	for _, c := range loc.candidates() {
		ks := c.skel
		if c.style || len(ks) != len(req) {
			continue
		}
		ok := true
		for t, f := range ks {
			r, has := req[t]
			if !has || (t == 'j' && hourFamily(r.ch) != hourFamily(f.ch)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// convertHours rewrites a style's time pattern for another hour cycle.
func convertHours(items []patItem, hc string, loc *dateLocale) []patItem {
	c := hcChar(hc)
	twelve := c == 'h' || c == 'K'
	var out []patItem
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.lit == "" && fieldType(it.ch) == 'j' {
			was12 := it.ch == 'h' || it.ch == 'K'
			it.ch = c
			if was12 && !twelve {
				it.n = 2
			}
			if !was12 && twelve {
				it.n = 1
			}
			out = append(out, it)
			continue
		}
		if it.lit == "" && it.ch == 'a' && !twelve {
			if n := len(out); n > 0 && (out[n-1].lit == " " || out[n-1].lit == "\u202f") {
				out = out[:n-1]
			}
			continue
		}
		out = append(out, it)
	}
	if twelve && !hasField(out, 'a') {
		// put the day period after the last of hour, minute, second
		last := -1
		for i, it := range out {
			if it.lit == "" && (fieldType(it.ch) == 'j' || it.ch == 'm' || it.ch == 's') {
				last = i
			}
		}
		if last >= 0 {
			tail := append([]patItem{{lit: "\u202f"}, {ch: 'a', n: 1}}, out[last+1:]...)
			out = append(out[:last+1], tail...)
		}
	}
	return out
}

func hasField(items []patItem, ch byte) bool {
	for _, it := range items {
		if it.lit == "" && it.ch == ch {
			return true
		}
	}
	return false
}

// insertFraction puts fractional seconds after the seconds field. Without
// one, a minute gets seconds to carry them ("20:32.12"); otherwise ICU
// appends the field with the placeholder name it has for it, which is
// what Node prints.
func insertFraction(items []patItem, n int, minute bool, decimal string) []patItem {
	if decimal == "" {
		decimal = "."
	}
	frac := []patItem{{lit: decimal}, {ch: 'S', n: n}}
	for i, it := range items {
		if it.lit == "" && it.ch == 's' {
			if i > 0 && strings.HasSuffix(items[i-1].lit, ": ") {
				return items // seconds only appended as "(second: 32)": no fraction
			}
			out := append([]patItem{}, items[:i+1]...)
			out = append(out, frac...)
			return append(out, items[i+1:]...)
		}
	}
	if minute {
		for i, it := range items {
			if it.lit == "" && it.ch == 'm' {
				out := append([]patItem{}, items[:i]...)
				out = append(out, patItem{ch: 'm', n: 2}, patItem{lit: ":"}, patItem{ch: 's', n: 2})
				out = append(out, frac...)
				return append(out, items[i+1:]...)
			}
		}
	}
	if len(items) == 0 {
		return []patItem{{ch: 'S', n: n}}
	}
	return append(items, patItem{lit: " \u251cF14: "}, patItem{ch: 'S', n: n}, patItem{lit: "\u2524"})
}

// resolveFields records what the pattern shows, for resolvedOptions.
func (f *dateTimeFormat) resolveFields() {
	vals := map[string]string{}
	for _, it := range f.items {
		if it.lit != "" {
			continue
		}
		num := map[int]string{1: "numeric", 2: "2-digit"}
		text := func(n int) string {
			switch {
			case n <= 3:
				return "short"
			case n == 4:
				return "long"
			}
			return "narrow"
		}
		switch fieldType(it.ch) {
		case 'G':
			vals["era"] = text(it.n)
		case 'y':
			vals["year"] = num[min(it.n, 2)]
		case 'M':
			if it.n <= 2 {
				vals["month"] = num[it.n]
			} else {
				vals["month"] = text(it.n)
			}
		case 'E':
			vals["weekday"] = text(it.n)
		case 'd':
			vals["day"] = num[min(it.n, 2)]
		case 'j':
			vals["hour"] = num[min(it.n, 2)]
			if it.ch == 'k' && f.loc.h24Numeric {
				vals["hour"] = "numeric"
			}
		case 'm':
			vals["minute"] = num[min(it.n, 2)]
		case 's':
			vals["second"] = num[min(it.n, 2)]
		case 'S':
			vals["fractionalSecondDigits"] = strconv.Itoa(it.n)
		case 'z':
			vals["timeZoneName"] = f.o.tzName
		}
	}
	for _, k := range []string{"weekday", "era", "year", "month", "day", "hour", "minute", "second", "fractionalSecondDigits", "timeZoneName"} {
		if v, ok := vals[k]; ok {
			f.resolved = append(f.resolved, [2]string{k, v})
		}
	}
}

// formatString is format joined into one string. V8 writes the narrow
// no-break space of CLDR's time patterns as a plain space there (not in
// formatToParts), for the web's sake; so does this.
func (f *dateTimeFormat) formatString(ms float64) (string, error) {
	p, err := f.format(ms)
	if err != nil {
		return "", err
	}
	return strings.ReplaceAll(joinParts(p), "\u202f", " "), nil
}

// errRangeTime is the RangeError of a time value out of Date's range.
var errRangeTime = fmt.Errorf("%w: Invalid time value", errRange)

// format renders epoch milliseconds.
func (f *dateTimeFormat) format(ms float64) ([]part, error) {
	if math.IsNaN(ms) || math.Abs(ms) > 8.64e15 {
		return nil, errRangeTime
	}
	t := time.UnixMilli(int64(math.Floor(ms))).In(f.zone)
	var out []part
	for _, it := range f.items {
		if it.lit != "" {
			if n := len(out); n > 0 && out[n-1].typ == "literal" {
				out[n-1].value += it.lit
			} else {
				out = append(out, part{"literal", it.lit})
			}
			continue
		}
		typ, val := f.field(t, it)
		out = append(out, part{typ, val})
	}
	return out, nil
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func textWidth(n int, short, long []string, i int) string {
	switch {
	case n <= 3:
		return short[i]
	case n == 4:
		return long[i]
	}
	return long[i][:1]
}

func (f *dateTimeFormat) field(t time.Time, it patItem) (string, string) {
	y := t.Year()
	switch it.ch {
	case 'G':
		e := 1
		if y <= 0 {
			e = 0
		}
		if f.loc.names != nil {
			return "era", f.loc.names.text('G', it.n, e)
		}
		switch {
		case it.n <= 3:
			return "era", erasShort[e]
		case it.n == 4:
			return "era", erasLong[e]
		}
		return "era", erasNarrow[e]
	case 'y':
		if y <= 0 {
			y = 1 - y
		}
		if it.n == 2 {
			return "year", pad(y%100, 2)
		}
		return "year", pad(y, it.n)
	case 'M', 'L':
		m := int(t.Month())
		if it.n <= 2 {
			return "month", pad(m, it.n)
		}
		if f.loc.names != nil {
			return "month", f.loc.names.text(it.ch, it.n, m-1)
		}
		return "month", textWidth(it.n, monthsShort, monthsLong, m-1)
	case 'd':
		return "day", pad(t.Day(), it.n)
	case 'E', 'c':
		if f.loc.names != nil {
			return "weekday", f.loc.names.text(it.ch, max(it.n, 3), int(t.Weekday()))
		}
		return "weekday", textWidth(max(it.n, 3), weekdayShort, weekdaysLong, int(t.Weekday()))
	case 'a':
		if t.Hour() < 12 {
			return "dayPeriod", f.loc.am
		}
		return "dayPeriod", f.loc.pm
	case 'h':
		h := t.Hour() % 12
		if h == 0 {
			h = 12
		}
		return "hour", pad(h, it.n)
	case 'K':
		return "hour", pad(t.Hour()%12, it.n)
	case 'H':
		return "hour", pad(t.Hour(), it.n)
	case 'k':
		h := t.Hour()
		if h == 0 {
			h = 24
		}
		return "hour", pad(h, it.n)
	case 'm':
		return "minute", pad(t.Minute(), it.n)
	case 's':
		return "second", pad(t.Second(), it.n)
	case 'S':
		return "fractionalSecond", pad(t.Nanosecond()/1e6, 3)[:it.n]
	case 'z', 'O', 'v':
		return "timeZoneName", zoneName(f.loc, f.zoneID, t, it)
	}
	return "literal", strings.Repeat(string(it.ch), it.n)
}

// offsetName is the localized GMT format: "GMT+5:30" (short) or
// "GMT+05:30" (long).
func offsetName(off int, long bool) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	if long {
		return fmt.Sprintf("GMT%s%02d:%02d", sign, h, m)
	}
	if m != 0 {
		return fmt.Sprintf("GMT%s%d:%02d", sign, h, m)
	}
	return fmt.Sprintf("GMT%s%d", sign, h)
}

// zoneName names t's zone for a pattern field z, zzzz, O or OOOO.
func zoneName(loc *dateLocale, id string, t time.Time, it patItem) string {
	_, off := t.Zone()
	long := it.n == 4
	if it.ch == 'O' {
		return offsetName(off, long)
	}
	canon := id
	for k, v := range zoneLinks {
		if v == id && zoneMeta[k] != "" {
			canon = k
		}
	}
	meta := zoneMeta[canon]
	dst := t.IsDST()
	// CLDR's metazone mappings begin in 1970 (London's in late 1971):
	// earlier times are named by their offset.
	if meta != "UTC" && (t.Unix() < 0 || (canon == "Europe/London" && t.Unix() < 57722400)) {
		meta = ""
	}
	if meta == "GMT" && off != 0 && !dst {
		meta = ""
	}
	if meta == "" {
		return offsetName(off, long)
	}
	if long {
		daylight, names := zoneLongDaylight, metaLong
		if loc.zoneLong != nil {
			daylight, names = loc.zoneDaylight, loc.zoneLong
		}
		if dst {
			if n := daylight[canon]; n != "" {
				return n
			}
		}
		if n := names[meta][b2i(dst)]; n != "" {
			return n
		}
		return offsetName(off, true)
	}
	if canon == "Europe/London" && dst && loc.name == "en-GB" {
		return "BST"
	}
	if n := loc.zoneShort(meta, dst); n != "" {
		return n
	}
	return offsetName(off, false)
}
