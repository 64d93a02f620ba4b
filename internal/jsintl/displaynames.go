package jsintl

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// English display names newer CLDR changed and x/text's data predates,
// and the short forms Node gives.
var (
	regionNames   = map[string]string{"MK": "North Macedonia", "MO": "Macao SAR China", "SZ": "Eswatini", "TR": "Türkiye", "001": "world", "CZ": "Czechia"}
	regionShort   = map[string]string{"GB": "UK", "US": "US", "HK": "Hong Kong", "MO": "Macao", "PS": "Palestine", "BA": "Bosnia", "MM": "Myanmar"}
	scriptNames   = map[string]string{"Hans": "Simplified", "Hant": "Traditional", "Zzzz": "Unknown Script"}
	languageNames = map[string]string{"no": "Norwegian", "und": "root", "sr-Latn": "Serbian (Latin)", "sr-Cyrl": "Serbian (Cyrillic)"}
	calendarNames = map[string]string{"gregory": "Gregorian Calendar", "iso8601": "Gregorian Calendar (ISO 8601 Weeks)", "buddhist": "Buddhist Calendar", "chinese": "Chinese Calendar", "hebrew": "Hebrew Calendar", "islamic": "Hijri Calendar", "japanese": "Japanese Calendar"}
	fieldShort    = map[string]string{"year": "yr.", "month": "mo.", "hour": "hr.", "minute": "min.", "second": "sec.", "weekday": "day of wk.", "timeZoneName": "zone", "quarter": "qtr.", "weekOfYear": "wk."}
	fieldDisplay  = map[string]string{"era": "era", "year": "year", "quarter": "quarter", "month": "month", "weekOfYear": "week", "weekday": "day of the week", "day": "day", "dayPeriod": "AM/PM", "hour": "hour", "minute": "minute", "second": "second", "timeZoneName": "time zone"}
	languageShort = map[string]string{"en-GB": "UK English", "en-US": "US English", "az": "Azeri"}
)

// displayName is Intl.DisplayNames#of for English: "" when there is no
// name (the caller falls back to the code, or to undefined).
func displayName(typ, code, style, languageDisplay string) string {
	switch typ {
	case "region":
		if code != strings.ToUpper(code) {
			return "" // names are found for upper-case codes only, as in Node
		}
		if style != "long" {
			if n, ok := regionShort[code]; ok {
				return n
			}
		}
		if n, ok := regionNames[code]; ok {
			return n
		}
		r, err := language.ParseRegion(code)
		if err != nil {
			return ""
		}
		return display.English.Regions().Name(r)
	case "script":
		if len(code) != 4 || code != strings.ToUpper(code[:1])+strings.ToLower(code[1:]) {
			return ""
		}
		if n, ok := scriptNames[code]; ok {
			return n
		}
		s, err := language.ParseScript(code)
		if err != nil {
			return ""
		}
		return display.English.Scripts().Name(s)
	case "calendar":
		return calendarNames[code]
	case "dateTimeField":
		if style != "long" {
			if n, ok := fieldShort[code]; ok {
				return n
			}
		}
		return fieldDisplay[code]
	case "currency":
		code = strings.ToUpper(code)
		if code == "XXX" {
			return "Unknown Currency"
		}
		n, ok := currencyNames[code]
		if !ok {
			return ""
		}
		words := strings.Fields(n[0])
		for i, w := range words {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
		return strings.Join(words, " ")
	case "language":
		t, err := language.Parse(code)
		if err != nil {
			return ""
		}
		if style != "long" {
			if n, ok := languageShort[t.String()]; ok {
				return n
			}
		}
		if n, ok := languageNames[t.String()]; ok {
			return n
		}
		base, _ := t.Base()
		script, sc := t.Script()
		region, rc := t.Region()
		if languageDisplay == "dialect" && (sc == language.Exact) != (rc == language.Exact) {
			// a dialect name covers a language with one script or region
			// ("American English", "Traditional Chinese")
			if n := display.English.Tags().Name(t); n != "" && !strings.Contains(n, "(") {
				return n
			}
		}
		name := display.English.Languages().Name(base)
		if name == "" {
			return ""
		}
		var extra []string
		if sc == language.Exact {
			extra = append(extra, displayName("script", script.String(), "long", ""))
		}
		if rc == language.Exact {
			extra = append(extra, displayName("region", region.String(), style, ""))
		}
		if len(extra) > 0 {
			name += " (" + strings.Join(extra, ", ") + ")"
		}
		return name
	}
	return ""
}
