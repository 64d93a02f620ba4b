package jsintl

import "sync"

// CLDR's English date data, which golang.org/x/text does not carry: the
// gregorian patterns, skeleton formats, names and time-zone names for en,
// en-US and en-GB, as ICU 78 / CLDR 48 (Node 20) uses them.

// dateLocale is the date data of one locale.
type dateLocale struct {
	name       string
	hourCycle  string            // the default: "h12" or "h23"
	formats    map[string]string // availableFormats: skeleton → pattern
	dateStyles [4]string         // full, long, medium, short
	timeStyles [4]string
	glue       [4]string // dateTimeFormats: how a date {1} and a time {0} join, by date style
	am, pm     string
	decimal    string                             // before fractional seconds; "" means "."
	h24Numeric bool                               // V8 reports hour "numeric" for any h24 format
	zoneShort  func(meta string, dst bool) string // commonly used short zone names

	names        *dateNames           // nil: English (monthsLong, ...)
	zoneLong     map[string][2]string // metazone names; nil: metaLong
	zoneDaylight map[string]string    // zone-specific daylight names; nil: zoneLongDaylight

	once  sync.Once
	cands []candidate
}

// dateNames are a locale's month, weekday and era names, in format
// context (M, E) and standalone (L, c), Sunday first.
type dateNames struct {
	monthsWide, monthsAbbr, monthsNarrow                []string
	monthsWideStand, monthsAbbrStand, monthsNarrowStand []string
	daysWide, daysAbbr, daysNarrow                      []string
	daysWideStand, daysAbbrStand, daysNarrowStand       []string
	erasAbbr, erasWide, erasNarrow                      []string // BC, AD
}

// text names field i for a pattern letter repeated n times.
func (d *dateNames) text(ch byte, n, i int) string {
	pick := func(abbr, wide, narrow []string) string {
		switch {
		case n <= 3:
			return abbr[i]
		case n == 4:
			return wide[i]
		}
		return narrow[i]
	}
	switch ch {
	case 'M':
		return pick(d.monthsAbbr, d.monthsWide, d.monthsNarrow)
	case 'L':
		return pick(d.monthsAbbrStand, d.monthsWideStand, d.monthsNarrowStand)
	case 'E':
		return pick(d.daysAbbr, d.daysWide, d.daysNarrow)
	case 'c':
		return pick(d.daysAbbrStand, d.daysWideStand, d.daysNarrowStand)
	}
	return pick(d.erasAbbr, d.erasWide, d.erasNarrow)
}

var enFormats = map[string]string{
	"Bh": "h\u202fB", "Bhm": "h:mm\u202fB", "Bhms": "h:mm:ss\u202fB", "d": "d", "E": "ccc", "EBhm": "E h:mm\u202fB", "EBhms": "E h:mm:ss\u202fB",
	"Ed": "d E", "Eh": "E h\u202fa", "Ehm": "E h:mm\u202fa", "EHm": "E HH:mm", "Ehms": "E h:mm:ss\u202fa", "EHms": "E HH:mm:ss",
	"Gy": "y G", "GyMd": "M/d/y G", "GyMMM": "MMM y G", "GyMMMd": "MMM d, y G", "GyMMMEd": "E, MMM d, y G",
	"h": "h\u202fa", "H": "HH", "hm": "h:mm\u202fa", "Hm": "HH:mm", "hms": "h:mm:ss\u202fa", "Hms": "HH:mm:ss",
	"hv": "h\u202fa v", "Hv": "HH'h' v", "hmsv": "h:mm:ss\u202fa v", "Hmsv": "HH:mm:ss v", "hmv": "h:mm\u202fa v", "Hmv": "HH:mm v",
	"M": "L", "Md": "M/d", "MEd": "E, M/d", "MMM": "LLL", "MMMd": "MMM d", "MMMEd": "E, MMM d", "MMMMd": "MMMM d",
	"ms": "mm:ss", "y": "y", "yM": "M/y", "yMd": "M/d/y", "yMEd": "E, M/d/y", "yMMM": "MMM y", "yMMMd": "MMM d, y",
	"yMMMEd": "E, MMM d, y", "yMMMM": "MMMM y",
}

var gbFormats = func() map[string]string {
	m := map[string]string{}
	for k, v := range enFormats {
		m[k] = v
	}
	for k, v := range map[string]string{
		"Ed": "E d", "GyMd": "dd/MM/y G", "GyMMMd": "d MMM y G", "GyMMMEd": "E, d MMM y G",
		"Md": "dd/MM", "MEd": "E dd/MM", "MMMd": "d MMM", "MMMEd": "E d MMM", "MMMMd": "d MMMM",
		"yM": "MM/y", "yMd": "dd/MM/y", "yMEd": "E, dd/MM/y", "yMMMd": "d MMM y", "yMMMEd": "E, d MMM y",
	} {
		m[k] = v
	}
	delete(m, "Eh")
	return m
}()

var usShort = func(meta string, dst bool) string {
	if n, ok := metaShortUS[meta]; ok {
		return n[b2i(dst)]
	}
	return ""
}

var gbShort = func(meta string, dst bool) string {
	if n, ok := metaShortGB[meta]; ok {
		return n[b2i(dst)]
	}
	return ""
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var (
	dateEnUS = &dateLocale{
		name: "en-US", hourCycle: "h12", formats: enFormats,
		dateStyles: [4]string{"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy"},
		timeStyles: [4]string{"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"},
		glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
		am:         "AM", pm: "PM", zoneShort: usShort,
	}
	dateEn = &dateLocale{
		name: "en", hourCycle: "h12", formats: enFormats, dateStyles: dateEnUS.dateStyles, timeStyles: dateEnUS.timeStyles,
		glue: dateEnUS.glue, am: "AM", pm: "PM", zoneShort: usShort,
	}
	dateEnGB = &dateLocale{
		name: "en-GB", hourCycle: "h23", formats: gbFormats,
		dateStyles: [4]string{"EEEE, d MMMM y", "d MMMM y", "d MMM y", "dd/MM/y"},
		timeStyles: [4]string{"HH:mm:ss zzzz", "HH:mm:ss z", "HH:mm:ss", "HH:mm"},
		glue:       [4]string{"{1} 'at' {0}", "{1} 'at' {0}", "{1}, {0}", "{1}, {0}"},
		am:         "am", pm: "pm", zoneShort: gbShort,
	}
)

var (
	monthsLong   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsShort  = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	weekdaysLong = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	weekdayShort = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	erasLong     = []string{"Before Christ", "Anno Domini"}
	erasShort    = []string{"BC", "AD"}
	erasNarrow   = []string{"B", "A"}
)

// fieldNames are the display names appendItems use for a field with no
// pattern of its own: "5 AM (second: 32)".
var fieldNames = map[byte]string{
	'G': "era", 'y': "year", 'M': "month", 'd': "day", 'E': "day of the week", 'h': "hour", 'H': "hour",
	'm': "minute", 's': "second", 'z': "time zone", 'a': "AM/PM",
}

// zoneMeta maps IANA zones to CLDR metazones; metaLong holds their English
// names (standard, daylight).
var zoneMeta = map[string]string{
	"America/New_York": "America_Eastern", "America/Detroit": "America_Eastern", "America/Toronto": "America_Eastern",
	"America/Indiana/Indianapolis": "America_Eastern", "America/Kentucky/Louisville": "America_Eastern", "US/Eastern": "America_Eastern", "EST5EDT": "America_Eastern",
	"America/Chicago": "America_Central", "America/Winnipeg": "America_Central", "America/Mexico_City": "America_Central", "US/Central": "America_Central",
	"America/Denver": "America_Mountain", "America/Phoenix": "America_Mountain", "America/Edmonton": "America_Mountain", "America/Boise": "America_Mountain", "US/Mountain": "America_Mountain",
	"America/Los_Angeles": "America_Pacific", "America/Vancouver": "America_Pacific", "America/Tijuana": "America_Pacific", "US/Pacific": "America_Pacific",
	"America/Anchorage": "Alaska", "Pacific/Honolulu": "Hawaii_Aleutian", "America/Halifax": "Atlantic", "America/St_Johns": "Newfoundland",
	"America/Sao_Paulo": "Brasilia", "America/Argentina/Buenos_Aires": "Argentina", "America/Buenos_Aires": "Argentina", "America/Bogota": "Colombia", "America/Lima": "Peru", "America/Santiago": "Chile",
	"Europe/London": "GMT", "Europe/Dublin": "GMT", "Africa/Abidjan": "GMT", "Atlantic/Reykjavik": "GMT",
	"Europe/Berlin": "Europe_Central", "Europe/Paris": "Europe_Central", "Europe/Madrid": "Europe_Central", "Europe/Rome": "Europe_Central", "Europe/Amsterdam": "Europe_Central",
	"Europe/Brussels": "Europe_Central", "Europe/Vienna": "Europe_Central", "Europe/Zurich": "Europe_Central", "Europe/Stockholm": "Europe_Central", "Europe/Oslo": "Europe_Central",
	"Europe/Copenhagen": "Europe_Central", "Europe/Warsaw": "Europe_Central", "Europe/Prague": "Europe_Central", "Europe/Budapest": "Europe_Central", "Europe/Belgrade": "Europe_Central",
	"Africa/Lagos": "Africa_Western", "Africa/Johannesburg": "Africa_Southern", "Africa/Nairobi": "Africa_Eastern", "Africa/Cairo": "Europe_Eastern",
	"Europe/Lisbon": "Europe_Western", "Europe/Athens": "Europe_Eastern", "Europe/Helsinki": "Europe_Eastern", "Europe/Kiev": "Europe_Eastern", "Europe/Kyiv": "Europe_Eastern", "Europe/Bucharest": "Europe_Eastern",
	"Europe/Istanbul": "Turkey", "Europe/Moscow": "Moscow",
	"Asia/Kolkata": "India", "Asia/Calcutta": "India", "Asia/Tokyo": "Japan", "Asia/Shanghai": "China", "Asia/Hong_Kong": "Hong_Kong", "Asia/Singapore": "Singapore",
	"Asia/Seoul": "Korea", "Asia/Dubai": "Gulf", "Asia/Jakarta": "Indonesia_Western", "Asia/Bangkok": "Indochina", "Asia/Karachi": "Pakistan", "Asia/Manila": "Philippines", "Asia/Taipei": "Taipei", "Asia/Jerusalem": "Israel",
	"Australia/Sydney": "Australia_Eastern", "Australia/Melbourne": "Australia_Eastern", "Australia/Brisbane": "Australia_Eastern", "Australia/Hobart": "Australia_Eastern",
	"Australia/Adelaide": "Australia_Central", "Australia/Darwin": "Australia_Central", "Australia/Perth": "Australia_Western",
	"Pacific/Auckland": "New_Zealand", "Pacific/Chatham": "Chatham",
	"UTC": "UTC", "Etc/UTC": "UTC", "Etc/UCT": "UTC", "Etc/Universal": "UTC", "Etc/Zulu": "UTC", "Universal": "UTC", "Zulu": "UTC", "UCT": "UTC",
}

var metaLong = map[string][2]string{
	"America_Eastern": {"Eastern Standard Time", "Eastern Daylight Time"}, "America_Central": {"Central Standard Time", "Central Daylight Time"},
	"America_Mountain": {"Mountain Standard Time", "Mountain Daylight Time"}, "America_Pacific": {"Pacific Standard Time", "Pacific Daylight Time"},
	"Alaska": {"Alaska Standard Time", "Alaska Daylight Time"}, "Hawaii_Aleutian": {"Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time"},
	"Atlantic": {"Atlantic Standard Time", "Atlantic Daylight Time"}, "Newfoundland": {"Newfoundland Standard Time", "Newfoundland Daylight Time"},
	"Brasilia": {"Brasilia Standard Time", "Brasilia Summer Time"}, "Argentina": {"Argentina Standard Time", "Argentina Summer Time"},
	"Colombia": {"Colombia Standard Time", "Colombia Summer Time"}, "Peru": {"Peru Standard Time", "Peru Summer Time"}, "Chile": {"Chile Standard Time", "Chile Summer Time"},
	"GMT": {"Greenwich Mean Time", ""}, "Europe_Central": {"Central European Standard Time", "Central European Summer Time"},
	"Europe_Western": {"Western European Standard Time", "Western European Summer Time"}, "Europe_Eastern": {"Eastern European Standard Time", "Eastern European Summer Time"},
	"Africa_Western": {"West Africa Standard Time", "West Africa Summer Time"}, "Africa_Southern": {"South Africa Standard Time", ""}, "Africa_Eastern": {"East Africa Time", ""},
	"Turkey": {"Turkey Time", ""}, "Moscow": {"Moscow Standard Time", "Moscow Summer Time"},
	"India": {"India Standard Time", ""}, "Japan": {"Japan Standard Time", "Japan Daylight Time"}, "China": {"China Standard Time", "China Daylight Time"},
	"Hong_Kong": {"Hong Kong Standard Time", "Hong Kong Summer Time"}, "Singapore": {"Singapore Standard Time", ""}, "Korea": {"Korean Standard Time", "Korean Daylight Time"},
	"Gulf": {"Gulf Standard Time", ""}, "Indonesia_Western": {"Western Indonesia Time", ""}, "Indochina": {"Indochina Time", ""},
	"Pakistan": {"Pakistan Standard Time", "Pakistan Summer Time"}, "Philippines": {"Philippine Standard Time", "Philippine Summer Time"}, "Taipei": {"Taipei Standard Time", "Taipei Daylight Time"},
	"Israel":            {"Israel Standard Time", "Israel Daylight Time"},
	"Australia_Eastern": {"Australian Eastern Standard Time", "Australian Eastern Daylight Time"}, "Australia_Central": {"Australian Central Standard Time", "Australian Central Daylight Time"},
	"Australia_Western": {"Australian Western Standard Time", "Australian Western Daylight Time"},
	"New_Zealand":       {"New Zealand Standard Time", "New Zealand Daylight Time"}, "Chatham": {"Chatham Standard Time", "Chatham Daylight Time"},
	"UTC": {"Coordinated Universal Time", ""},
}

// zoneLongDaylight are zone-specific daylight names that differ from
// their metazone's.
var zoneLongDaylight = map[string]string{"Europe/London": "British Summer Time", "Europe/Dublin": "Irish Standard Time"}

var metaShortUS = map[string][2]string{
	"America_Eastern": {"EST", "EDT"}, "America_Central": {"CST", "CDT"}, "America_Mountain": {"MST", "MDT"}, "America_Pacific": {"PST", "PDT"},
	"Alaska": {"AKST", "AKDT"}, "Hawaii_Aleutian": {"HST", "HDT"}, "Atlantic": {"AST", "ADT"}, "GMT": {"GMT", ""}, "UTC": {"UTC", ""},
}

var metaShortGB = map[string][2]string{
	"GMT": {"GMT", ""}, "UTC": {"UTC", ""}, "Europe_Central": {"CET", "CEST"}, "Europe_Eastern": {"EET", "EEST"}, "Europe_Western": {"WET", "WEST"},
}

// zoneLinks are the names ICU reports for zones the tz database renamed:
// resolvedOptions().timeZone says "Asia/Calcutta" for "Asia/Kolkata".
var zoneLinks = map[string]string{
	"Asia/Kolkata": "Asia/Calcutta", "Asia/Ho_Chi_Minh": "Asia/Saigon", "Asia/Kathmandu": "Asia/Katmandu", "Europe/Kyiv": "Europe/Kiev",
	"Asia/Yangon": "Asia/Rangoon", "America/Nuuk": "America/Godthab", "Atlantic/Faroe": "Atlantic/Faeroe", "Pacific/Chuuk": "Pacific/Truk",
	"Pacific/Pohnpei": "Pacific/Ponape", "Pacific/Kanton": "Pacific/Enderbury", "America/Argentina/Buenos_Aires": "America/Buenos_Aires",
	"America/Indiana/Indianapolis": "America/Indianapolis", "America/Kentucky/Louisville": "America/Louisville", "Asia/Kashgar": "Asia/Urumqi",
	"Etc/UTC": "UTC", "Etc/UCT": "UTC", "Etc/Universal": "UTC", "Etc/Zulu": "UTC", "Universal": "UTC", "Zulu": "UTC", "UCT": "UTC", "Etc/GMT": "UTC", "GMT": "UTC", "Etc/Greenwich": "UTC",
}

// dateDeDE is dateDe under the name de-DE, which resolvedOptions reports.
var dateDeDE = &dateLocale{
	name: "de-DE", hourCycle: dateDe.hourCycle, formats: dateDe.formats, dateStyles: dateDe.dateStyles, timeStyles: dateDe.timeStyles,
	glue: dateDe.glue, am: dateDe.am, pm: dateDe.pm, decimal: dateDe.decimal, h24Numeric: dateDe.h24Numeric, zoneShort: dateDe.zoneShort,
	names: dateDe.names, zoneLong: dateDe.zoneLong, zoneDaylight: dateDe.zoneDaylight,
}
