// Writes dtdata_de.go: the German (de, de-DE) date data, read off Node 20's
// own output. Every request shape DateTimeFormat can build (date fields
// alone, time fields alone, a weekday with time fields) is formatted by
// Node for one instant whose fields all print differently, and the
// pattern is read back from formatToParts; names, styles, the date-time
// glue and the zone names the same way.
//
//   TZ=UTC node internal/jsintl/testdata/gen-de.mjs | gofmt > internal/jsintl/dtdata_de.go
if (process.env.TZ !== "UTC") throw new Error("run with TZ=UTC");
const L = "de";
const T = Date.UTC(2024, 0, 5, 9, 7, 3); // Friday 5 January 2024, 09:07:03
const fmt = (o) => new Intl.DateTimeFormat(L, { timeZone: "UTC", ...o });
const partOf = (o, type, t = T) => fmt(o).formatToParts(t).find((p) => p.type === type).value;
const days = [0, 1, 2, 3, 4, 5, 6].map((i) => Date.UTC(2024, 0, 7 + i)); // Sunday first
const months = [...Array(12).keys()].map((i) => Date.UTC(2024, i, 15));
const names = {
  monthsWide: months.map((t) => partOf({ month: "long", day: "numeric" }, "month", t)),
  monthsAbbr: months.map((t) => partOf({ month: "short", day: "numeric" }, "month", t)),
  monthsNarrow: months.map((t) => partOf({ month: "narrow", day: "numeric" }, "month", t)),
  monthsWideStand: months.map((t) => partOf({ month: "long" }, "month", t)),
  monthsAbbrStand: months.map((t) => partOf({ month: "short" }, "month", t)),
  monthsNarrowStand: months.map((t) => partOf({ month: "narrow" }, "month", t)),
  daysWide: days.map((t) => partOf({ weekday: "long", day: "numeric" }, "weekday", t)),
  daysAbbr: days.map((t) => partOf({ weekday: "short", day: "numeric" }, "weekday", t)),
  daysNarrow: days.map((t) => partOf({ weekday: "narrow", day: "numeric" }, "weekday", t)),
  daysWideStand: days.map((t) => partOf({ weekday: "long" }, "weekday", t)),
  daysAbbrStand: days.map((t) => partOf({ weekday: "short" }, "weekday", t)),
  daysNarrowStand: days.map((t) => partOf({ weekday: "narrow" }, "weekday", t)),
  erasAbbr: [Date.UTC(-100, 0, 1), T].map((t) => partOf({ era: "short", year: "numeric" }, "era", t)),
  erasWide: [Date.UTC(-100, 0, 1), T].map((t) => partOf({ era: "long", year: "numeric" }, "era", t)),
  erasNarrow: [Date.UTC(-100, 0, 1), T].map((t) => partOf({ era: "narrow", year: "numeric" }, "era", t)),
};
const am = partOf({ hour: "numeric", hour12: true }, "dayPeriod");
const pm = partOf({ hour: "numeric", hour12: true }, "dayPeriod", T + 12 * 3600e3);
const hourCycle = fmt({ hour: "numeric" }).resolvedOptions().hourCycle;
const secParts = fmt({ second: "numeric", fractionalSecondDigits: 1 }).formatToParts(T);
const decimal = secParts[secParts.findIndex((p) => p.type === "fractionalSecond") - 1].value;
// V8 reports hour "numeric" for every h24 format in this locale
const h24Numeric = fmt({ hour: "2-digit", hourCycle: "h24" }).resolvedOptions().hour === "numeric";

const quote = (s) => (/[A-Za-z']/.test(s) ? "'" + s.replace(/'/g, "''") + "'" : s);
const textLetter = (v, lists, want) => {
  // lists: [letter, count, names]; the requested width wins a tie
  const hits = lists.filter(([, , ns]) => ns.includes(v));
  if (hits.length === 0) throw new Error("unknown name " + v);
  const h = hits.find(([c, n]) => want && c === want.ch && n === want.n) || hits[0];
  return h[0].repeat(h[1]);
};
// patternOf reads a pattern back from the parts of one formatted instant;
// req says which letters and widths were asked for.
function patternOf(parts, req) {
  let out = "";
  for (const { type, value } of parts) {
    switch (type) {
      case "literal": out += quote(value); break;
      case "year": out += value.length === 2 ? "yy" : "y"; break;
      case "month":
        if (/^\d+$/.test(value)) out += value.length === 2 ? "MM" : "M";
        else out += textLetter(value, [["M", 4, names.monthsWide], ["M", 3, names.monthsAbbr], ["M", 5, names.monthsNarrow], ["L", 4, names.monthsWideStand], ["L", 3, names.monthsAbbrStand], ["L", 5, names.monthsNarrowStand]], req.M);
        break;
      case "day": out += value.length === 2 ? "dd" : "d"; break;
      case "weekday": out += textLetter(value, [["E", 4, names.daysWide], ["E", 3, names.daysAbbr], ["E", 5, names.daysNarrow], ["c", 4, names.daysWideStand], ["c", 3, names.daysAbbrStand], ["c", 5, names.daysNarrowStand]], req.E); break;
      case "era": out += textLetter(value, [["G", 1, names.erasAbbr], ["G", 4, names.erasWide], ["G", 5, names.erasNarrow]], req.G); break;
      case "hour": out += (req.j ? req.j.ch : "H").repeat(value.length); break;
      case "minute": out += value.length === 2 ? "mm" : "m"; break;
      case "second": out += value.length === 2 ? "ss" : "s"; break;
      case "dayPeriod": out += "a"; break;
      case "timeZoneName": out += req.z ? req.z.ch.repeat(req.z.n) : "z"; break;
      default: throw new Error("part " + type);
    }
  }
  return out;
}

// the request shapes of jsintl's DateTimeFormat (newDateTimeFormat)
const widths = { numeric: 1, "2-digit": 2, short: 3, long: 4, narrow: 5 };
const eras = [undefined, "short", "long", "narrow"], years = [undefined, "numeric", "2-digit"];
const monthsO = [undefined, "numeric", "2-digit", "short", "long", "narrow"], weekdays = [undefined, "short", "long", "narrow"];
const daysO = [undefined, "numeric", "2-digit"], hours = [undefined, "h:numeric", "h:2-digit", "H:numeric", "H:2-digit"];
const minutes = [undefined, "numeric", "2-digit"], seconds = [undefined, "numeric", "2-digit"];
const zones = [undefined, ["short", "z", 1], ["long", "z", 4], ["shortOffset", "O", 1], ["longOffset", "O", 4], ["shortGeneric", "v", 1], ["longGeneric", "v", 4]];
const formats = {};
function add(o, req) {
  const key = ["G", "y", "M", "E", "d", "j", "m", "s", "z"].filter((t) => req[t]).map((t) => req[t].ch.repeat(req[t].n)).join("");
  if (!key) return;
  const parts = fmt(o).formatToParts(T);
  // a bag ECMA-402 completes with default fields is not a skeleton's
  const asked = { G: "era", y: "year", M: "month", E: "weekday", d: "day", j: "hour", m: "minute", s: "second", z: "timeZoneName" };
  const types = new Set(Object.keys(req).map((t) => asked[t]).concat(["literal", "dayPeriod"]));
  if (parts.some((p) => !types.has(p.type))) return;
  formats[key] = patternOf(parts, req);
}
function timeShapes(base, baseReq) {
  for (const h of hours) for (const m of minutes) for (const s of seconds) for (const z of zones) {
    const o = { ...base }, req = { ...baseReq };
    if (h) { const [ch, w] = h.split(":"); o.hour = w; if (ch === "h") o.hour12 = true; else o.hourCycle = "h23"; req.j = { ch, n: widths[w] }; }
    if (m) { o.minute = m; req.m = { ch: "m", n: widths[m] }; }
    if (s) { o.second = s; req.s = { ch: "s", n: widths[s] }; }
    if (z) { o.timeZoneName = z[0]; o.timeZone = "Europe/Berlin"; req.z = { ch: z[1], n: z[2] }; }
    if (!h && !m && !s && !z) continue;
    add(o, req);
  }
}
for (const g of eras) for (const y of years) for (const mo of monthsO) for (const e of weekdays) for (const d of daysO) {
  const o = {}, req = {};
  if (g) { o.era = g; req.G = { ch: "G", n: g === "short" ? 1 : widths[g] }; }
  if (y) { o.year = y; req.y = { ch: "y", n: widths[y] }; }
  if (mo) { o.month = mo; req.M = { ch: "M", n: widths[mo] }; }
  if (e) { o.weekday = e; req.E = { ch: "E", n: widths[e] }; }
  if (d) { o.day = d; req.d = { ch: "d", n: widths[d] }; }
  add(o, req);
}
timeShapes({}, {});
for (const e of weekdays.slice(1)) timeShapes({ weekday: e }, { E: { ch: "E", n: widths[e] } });

// styles and the glue between a date and a time
const styles = ["full", "long", "medium", "short"];
const zoneReq = (v) => ({ z: { ch: "z", n: v.startsWith("GMT") || v.length <= 5 ? 1 : 4 } });
const stylePattern = (o) => {
  const parts = fmt({ ...o, timeZone: "Europe/Berlin" }).formatToParts(T);
  const z = parts.find((p) => p.type === "timeZoneName");
  return patternOf(parts, { j: { ch: "H" }, ...(z ? zoneReq(z.value) : {}) });
};
const dateStyles = styles.map((s) => stylePattern({ dateStyle: s }));
const timeStyles = styles.map((s) => stylePattern({ timeStyle: s }));
const glue = styles.map((s) => {
  const d = fmt({ dateStyle: s, timeZone: "Europe/Berlin" }).format(T), t = fmt({ timeStyle: "short", timeZone: "Europe/Berlin" }).format(T);
  const all = fmt({ dateStyle: s, timeStyle: "short", timeZone: "Europe/Berlin" }).format(T);
  if (!all.startsWith(d) || !all.endsWith(t)) throw new Error("glue " + all);
  return "{1}" + quote(all.slice(d.length, all.length - t.length)) + "{0}";
});

// zone names: each metazone through one of its zones, in January and July
const metaZones = {
  America_Eastern: "America/New_York", America_Central: "America/Chicago", America_Mountain: "America/Denver", America_Pacific: "America/Los_Angeles",
  Alaska: "America/Anchorage", Hawaii_Aleutian: "Pacific/Honolulu", Atlantic: "America/Halifax", Newfoundland: "America/St_Johns", Brasilia: "America/Sao_Paulo",
  Argentina: "America/Buenos_Aires", Colombia: "America/Bogota", Peru: "America/Lima", Chile: "America/Santiago", GMT: "Africa/Abidjan",
  Europe_Central: "Europe/Berlin", Europe_Western: "Europe/Lisbon", Europe_Eastern: "Europe/Athens", Africa_Western: "Africa/Lagos", Africa_Southern: "Africa/Johannesburg",
  Africa_Eastern: "Africa/Nairobi", Turkey: "Europe/Istanbul", Moscow: "Europe/Moscow", India: "Asia/Kolkata", Japan: "Asia/Tokyo", China: "Asia/Shanghai",
  Hong_Kong: "Asia/Hong_Kong", Singapore: "Asia/Singapore", Korea: "Asia/Seoul", Gulf: "Asia/Dubai", Indonesia_Western: "Asia/Jakarta", Indochina: "Asia/Bangkok",
  Pakistan: "Asia/Karachi", Philippines: "Asia/Manila", Taipei: "Asia/Taipei", Israel: "Asia/Jerusalem", Australia_Eastern: "Australia/Sydney",
  Australia_Central: "Australia/Adelaide", Australia_Western: "Australia/Perth", New_Zealand: "Pacific/Auckland", Chatham: "Pacific/Chatham", UTC: "UTC",
};
const zoneAt = (zone, t, style) => new Intl.DateTimeFormat(L, { timeZone: zone, timeZoneName: style }).formatToParts(t).find((p) => p.type === "timeZoneName").value;
const offsetAt = (zone, t) => zoneAt(zone, t, "longOffset");
const jul = Date.UTC(2024, 6, 15);
const zoneLong = {}, zoneShort = {};
for (const [meta, zone] of Object.entries(metaZones)) {
  // the first of these years in which the zone kept summer time (Brazil's
  // ended in 2019)
  const years = [2024, 2010, 2000];
  const y = years.find((y) => offsetAt(zone, Date.UTC(y, 0, 15)) !== offsetAt(zone, Date.UTC(y, 6, 15))) || 2024;
  const [a, b] = [Date.UTC(y, 0, 15), Date.UTC(y, 6, 15)];
  let std = a, dst = b;
  if (offsetAt(zone, a) !== offsetAt(zone, b)) {
    const num = (s) => { const m = /GMT([+-])(\d\d):(\d\d)/.exec(s); return m ? (m[1] === "-" ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0; };
    if (num(offsetAt(zone, a)) > num(offsetAt(zone, b))) [std, dst] = [b, a];
  } else dst = null;
  const named = (v) => (v.startsWith("GMT") ? "" : v);
  zoneLong[meta] = [named(zoneAt(zone, std, "long")), dst ? named(zoneAt(zone, dst, "long")) : ""];
  const s = [named(zoneAt(zone, std, "short")), dst ? named(zoneAt(zone, dst, "short")) : ""];
  if (s[0] || s[1]) zoneShort[meta] = s;
}
const zoneDaylight = { "Europe/London": zoneAt("Europe/London", jul, "long"), "Europe/Dublin": zoneAt("Europe/Dublin", jul, "long") };

const go = (v) => JSON.stringify(v);
const list = (a) => "[]string{" + a.map(go).join(", ") + "}";
const pairs = (m) => Object.keys(m).sort().map((k) => `\t\t${go(k)}: {${go(m[k][0])}, ${go(m[k][1])}},\n`).join("");
let src = `// Code generated by testdata/gen-de.mjs from Node ${process.version}'s answers (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}); DO NOT EDIT.

package jsintl

// dateDe is the German date data (de, de-DE).
var dateDe = &dateLocale{
	name: "de", hourCycle: ${go(hourCycle)},
	dateStyles: [4]string{${dateStyles.map(go).join(", ")}},
	timeStyles: [4]string{${timeStyles.map(go).join(", ")}},
	glue:       [4]string{${glue.map(go).join(", ")}},
	am:         ${go(am)}, pm: ${go(pm)}, decimal: ${go(decimal)}, h24Numeric: ${h24Numeric},
	zoneShort:  func(meta string, dst bool) string { return deZoneShort[meta][b2i(dst)] },
	zoneLong:   deZoneLong,
	zoneDaylight: map[string]string{${Object.keys(zoneDaylight).sort().map((k) => go(k) + ": " + go(zoneDaylight[k])).join(", ")}},
	names: &dateNames{
		monthsWide: ${list(names.monthsWide)},
		monthsAbbr: ${list(names.monthsAbbr)},
		monthsNarrow: ${list(names.monthsNarrow)},
		monthsWideStand: ${list(names.monthsWideStand)},
		monthsAbbrStand: ${list(names.monthsAbbrStand)},
		monthsNarrowStand: ${list(names.monthsNarrowStand)},
		daysWide: ${list(names.daysWide)},
		daysAbbr: ${list(names.daysAbbr)},
		daysNarrow: ${list(names.daysNarrow)},
		daysWideStand: ${list(names.daysWideStand)},
		daysAbbrStand: ${list(names.daysAbbrStand)},
		daysNarrowStand: ${list(names.daysNarrowStand)},
		erasAbbr: ${list(names.erasAbbr)},
		erasWide: ${list(names.erasWide)},
		erasNarrow: ${list(names.erasNarrow)},
	},
	formats: map[string]string{
${Object.keys(formats).sort().map((k) => `\t\t${go(k)}: ${go(formats[k])},\n`).join("")}	},
}

var deZoneLong = map[string][2]string{
${pairs(zoneLong)}}

var deZoneShort = map[string][2]string{
${pairs(zoneShort)}}
`;
process.stdout.write(src);
