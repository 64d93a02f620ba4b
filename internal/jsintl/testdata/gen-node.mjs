// Records what Node 20 (full ICU) answers for the jsintl tests: every
// formatter over generated combinations of options, inputs, locales and
// time zones.
//
//   TZ=UTC node internal/jsintl/testdata/gen-node.mjs > internal/jsintl/testdata/node-intl.json
if (process.env.TZ !== "UTC") throw new Error("run with TZ=UTC");

const out = { nums: null, times: null, node: process.version, icu: process.versions.icu, cldr: process.versions.cldr, dtf: [], dtfRandom: [], dtfParts: [], dtfResolved: [], dates: [], nf: [], nfParts: [], nfResolved: [], plural: [], collator: [], rtf: [], list: [], segmenter: [], canonical: [], misc: [] };

// --- dates ---
const times = [
  Date.UTC(2026, 11, 1, 5, 20, 32, 123), Date.UTC(1970, 0, 1), Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(2000, 5, 15, 12, 0, 0),
  Date.UTC(1999, 11, 31, 0, 5, 9), Date.UTC(2023, 6, 4, 18, 30, 45, 7), Date.UTC(2021, 2, 14, 7, 30), Date.UTC(2021, 10, 7, 6, 30), Date.UTC(1969, 6, 20, 20, 17, 40),
];
out.times = times;
const zones = [undefined, "UTC", "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/London", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "Pacific/Chatham", "Etc/GMT+5"];
const dateOpts = [
  {}, { year: "numeric" }, { year: "2-digit" }, { month: "numeric" }, { month: "2-digit" }, { month: "long" }, { month: "short" }, { month: "narrow" },
  { day: "numeric" }, { day: "2-digit" }, { weekday: "long" }, { weekday: "short" }, { weekday: "narrow" },
  { year: "numeric", month: "numeric", day: "numeric" }, { year: "numeric", month: "2-digit", day: "2-digit" }, { year: "2-digit", month: "2-digit", day: "2-digit" },
  { year: "numeric", month: "long", day: "numeric" }, { year: "numeric", month: "short", day: "numeric" }, { year: "numeric", month: "long" }, { year: "numeric", month: "short" },
  { year: "numeric", month: "numeric" }, { month: "long", day: "numeric" }, { month: "short", day: "numeric" }, { month: "numeric", day: "numeric" },
  { weekday: "long", year: "numeric", month: "long", day: "numeric" }, { weekday: "short", year: "numeric", month: "short", day: "numeric" }, { weekday: "short", month: "short", day: "numeric" },
  { weekday: "long", month: "numeric", day: "numeric", year: "numeric" }, { weekday: "long", day: "numeric" },
  { hour: "numeric" }, { hour: "2-digit" }, { minute: "numeric" }, { minute: "2-digit" }, { second: "numeric" }, { hour: "numeric", minute: "2-digit" }, { hour: "2-digit", minute: "2-digit" },
  { hour: "numeric", minute: "2-digit", second: "2-digit" }, { hour: "numeric", minute: "2-digit", hour12: false }, { hour: "numeric", minute: "2-digit", second: "numeric", hour12: true },
  { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false }, { hour: "numeric", hourCycle: "h23" }, { hour: "numeric", minute: "numeric", hourCycle: "h11" }, { hour: "numeric", hourCycle: "h24" },
  { minute: "2-digit", second: "2-digit" }, { hour: "numeric", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 3 }, { second: "numeric", fractionalSecondDigits: 1 }, { minute: "numeric", second: "numeric", fractionalSecondDigits: 2 },
  { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }, { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "numeric" },
  { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "numeric" }, { weekday: "long", hour: "numeric" }, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false },
  { timeZoneName: "short" }, { timeZoneName: "long" }, { timeZoneName: "shortOffset" }, { timeZoneName: "longOffset" }, { hour: "numeric", minute: "numeric", timeZoneName: "short" },
  { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "numeric", timeZoneName: "long" }, { hour: "numeric", timeZoneName: "shortOffset" },
  { era: "short" }, { era: "long", year: "numeric" }, { era: "narrow", year: "numeric", month: "short", day: "numeric" }, { era: "short", year: "numeric", month: "numeric", day: "numeric" },
  { dateStyle: "full" }, { dateStyle: "long" }, { dateStyle: "medium" }, { dateStyle: "short" }, { timeStyle: "full" }, { timeStyle: "long" }, { timeStyle: "medium" }, { timeStyle: "short" },
  { dateStyle: "full", timeStyle: "full" }, { dateStyle: "long", timeStyle: "long" }, { dateStyle: "medium", timeStyle: "medium" }, { dateStyle: "short", timeStyle: "short" },
  { dateStyle: "full", timeStyle: "short" }, { dateStyle: "short", timeStyle: "full" }, { dateStyle: "medium", timeStyle: "short", hour12: false }, { dateStyle: "long", timeStyle: "medium", hourCycle: "h23" },
];
const dateLocales = ["en-US", "en", "en-GB", "de"];
for (const locale of dateLocales) {
  for (const o of dateOpts) {
    for (const timeZone of zones) {
      const opts = timeZone ? { ...o, timeZone } : o;
      const f = new Intl.DateTimeFormat(locale, opts);
      if (timeZone === undefined || timeZone === "Asia/Kolkata") out.dtfResolved.push({ locale, opts, resolved: f.resolvedOptions() });
      out.dtf.push({ locale, opts, out: times.map((t) => f.format(t)) });
      if (timeZone === undefined || timeZone === "America/New_York") out.dtfParts.push({ locale, opts, t: times[0], out: f.formatToParts(times[0]).map((p) => [p.type, p.value]) });
    }
  }
}
// Random combinations of every component option (seeded, so the file is
// reproducible), beyond the hand-picked sets above.
{
  let seed = 20261201;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const pick = (values) => values[rnd(values.length)];
  const fields = {
    weekday: [undefined, undefined, "long", "short", "narrow"], era: [undefined, undefined, undefined, undefined, "long", "short", "narrow"],
    year: [undefined, "numeric", "2-digit"], month: [undefined, "numeric", "2-digit", "long", "short", "narrow"], day: [undefined, "numeric", "2-digit"],
    hour: [undefined, "numeric", "2-digit"], minute: [undefined, "numeric", "2-digit"], second: [undefined, "numeric", "2-digit"],
    fractionalSecondDigits: [undefined, undefined, undefined, 1, 2, 3], timeZoneName: [undefined, undefined, "short", "long", "shortOffset", "longOffset"],
    hour12: [undefined, undefined, undefined, true, false], hourCycle: [undefined, undefined, undefined, "h11", "h12", "h23", "h24"],
  };
  for (let i = 0; i < 400; i++) {
    const o = {};
    for (const [k, vs] of Object.entries(fields)) { const v = pick(vs); if (v !== undefined) o[k] = v; }
    const locale = pick(dateLocales);
    const timeZone = pick(["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"]);
    const f = new Intl.DateTimeFormat(locale, { ...o, timeZone });
    out.dtfRandom.push({ locale, opts: { ...o, timeZone }, out: times.slice(0, 4).map((t) => f.format(t)), resolved: f.resolvedOptions() });
  }
}
for (const t of times.concat([Date.UTC(-1, 0, 1), Date.UTC(12345, 4, 6), NaN])) {
  const d = new Date(t);
  const row = { t: isNaN(t) ? null : t, toString: d.toString(), toDateString: d.toDateString(), toTimeString: d.toTimeString(), toLocaleString: d.toLocaleString(), toLocaleDateString: d.toLocaleDateString(), toLocaleTimeString: d.toLocaleTimeString(), json: [] };
  for (const [l, o] of [["en-GB", undefined], ["en-US", { timeZone: "Asia/Tokyo" }], [undefined, { dateStyle: "medium" }], ["en", { hour: "2-digit", minute: "2-digit" }], ["de-DE", undefined]]) {
    row.json.push({ l, o, toLocaleString: d.toLocaleString(l, o), toLocaleDateString: isNaN(t) || (o && (o.hour || o.dateStyle)) ? null : d.toLocaleDateString(l, o), toLocaleTimeString: isNaN(t) || (o && o.dateStyle) ? null : d.toLocaleTimeString(l, o) });
  }
  out.dates.push(row);
}

// --- numbers ---
const nums = [0, -0, 1, -1, 1.5, 2.5, -2.5, 0.125, 0.5, 1234.5678, 1234567.891, -9876543.21, 0.000123, 1e21, 123456789012, 999.995, 1e-7, 42, 100, 999999, 1000000, 0.1 + 0.2, NaN, Infinity, -Infinity];
const numOpts = [
  {}, { maximumFractionDigits: 0 }, { maximumFractionDigits: 1 }, { minimumFractionDigits: 2 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, { maximumFractionDigits: 5 },
  { maximumSignificantDigits: 3 }, { minimumSignificantDigits: 5 }, { maximumSignificantDigits: 1 }, { useGrouping: false }, { minimumIntegerDigits: 3 },
  { signDisplay: "always" }, { signDisplay: "exceptZero" }, { signDisplay: "never" }, { signDisplay: "negative" },
  { style: "percent" }, { style: "percent", maximumFractionDigits: 2 }, { style: "percent", minimumFractionDigits: 1 },
  { style: "currency", currency: "USD" }, { style: "currency", currency: "EUR" }, { style: "currency", currency: "JPY" }, { style: "currency", currency: "GBP" }, { style: "currency", currency: "CHF" },
  { style: "currency", currency: "USD", currencyDisplay: "code" }, { style: "currency", currency: "EUR", currencyDisplay: "name" }, { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" },
  { style: "currency", currency: "CAD" }, { style: "currency", currency: "USD", currencySign: "accounting" }, { style: "currency", currency: "USD", maximumFractionDigits: 0 },
  { style: "unit", unit: "kilometer-per-hour" }, { style: "unit", unit: "kilometer-per-hour", unitDisplay: "long" }, { style: "unit", unit: "kilometer", unitDisplay: "narrow" },
  { style: "unit", unit: "megabyte" }, { style: "unit", unit: "byte", unitDisplay: "long" }, { style: "unit", unit: "gigabyte", unitDisplay: "narrow" }, { style: "unit", unit: "percent" },
  { style: "unit", unit: "celsius" }, { style: "unit", unit: "liter", unitDisplay: "long" }, { style: "unit", unit: "hour", unitDisplay: "long" }, { style: "unit", unit: "second" }, { style: "unit", unit: "mile", unitDisplay: "long" },
  { notation: "compact" }, { notation: "compact", compactDisplay: "long" }, { notation: "compact", maximumFractionDigits: 2 }, { notation: "scientific" }, { notation: "engineering" },
  { notation: "scientific", maximumFractionDigits: 2 },
];
out.nums = nums.map((n) => (Number.isNaN(n) ? "NaN" : Object.is(n, -0) ? "-0" : n === Infinity ? "Infinity" : n === -Infinity ? "-Infinity" : n));
for (const locale of ["en-US", "en", "en-GB"]) {
  for (const o of numOpts) {
    const f = new Intl.NumberFormat(locale, o);
    out.nfResolved.push({ locale, opts: o, resolved: f.resolvedOptions() });
    out.nf.push({ locale, opts: o, out: nums.map((n) => f.format(n)) });
    out.nfParts.push({ locale, opts: o, n: -1234.5678, out: f.formatToParts(-1234.5678) });
  }
}
for (const locale of ["de-DE", "fr-FR", "es", "it", "ja", "pt-BR", "nl", "sv", "pl", "ru", "zh"]) {
  for (const o of [{}, { maximumFractionDigits: 2 }, { minimumFractionDigits: 2 }, { style: "percent" }]) {
    const f = new Intl.NumberFormat(locale, o);
    out.nf.push({ locale, opts: o, out: nums.map((n) => f.format(n)) });
  }
}

// --- plural rules ---
const pluralNums = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 19, 20, 21, 22, 23, 25, 100, 101, 102, 103, 111, 112, 113, 1000000, 0.5, 1.5, 2.5, 1.25];
for (const locale of ["en", "en-US", "fr", "ru", "ar", "pl", "cy", "ja", "de", "cs", "ga", "lt"]) {
  for (const type of ["cardinal", "ordinal"]) {
    const pr = new Intl.PluralRules(locale, { type });
    out.plural.push({ locale, type, categories: pr.resolvedOptions().pluralCategories, out: pluralNums.map((n) => pr.select(n)) });
  }
}
{
  const pr = new Intl.PluralRules("en", { minimumFractionDigits: 1 });
  out.plural.push({ locale: "en", type: "cardinal", opts: { minimumFractionDigits: 1 }, categories: pr.resolvedOptions().pluralCategories, out: pluralNums.map((n) => pr.select(n)) });
}

// --- collation ---
const words = ["a", "A", "b", "B", "á", "Á", "ä", "z", "Z", "ß", "ss", "résumé", "resume", "Resume", "item2", "item10", "item1", "", " ", "-", "co-op", "coop", "Æ", "ae", "Zebra", "apple", "Apple", "äpfel", "10", "9", "ç", "c", "ø", "o", "ñ", "n"];
for (const locale of ["en", "en-US", "de", "sv"]) {
  for (const o of [{}, { sensitivity: "base" }, { sensitivity: "accent" }, { sensitivity: "case" }, { numeric: true }, { ignorePunctuation: true }, { caseFirst: "upper" }]) {
    const c = new Intl.Collator(locale, o);
    out.collator.push({ locale, opts: o, sorted: words.slice().sort(c.compare), pairs: words.map((w, i) => Math.sign(c.compare(w, words[(i * 7 + 3) % words.length]))) });
  }
}

// --- relative time ---
const units = ["second", "minute", "hour", "day", "week", "month", "quarter", "year"];
for (const locale of ["en", "en-US", "en-GB"]) {
  for (const style of ["long", "short", "narrow"]) {
    for (const numeric of ["always", "auto"]) {
      const f = new Intl.RelativeTimeFormat(locale, { style, numeric });
      for (const unit of units.concat(["days", "seconds"])) {
        for (const v of [-2, -1, 0, 1, 2, 1.5, -0, 10, 1000, -3.25]) out.rtf.push({ locale, opts: { style, numeric }, unit, v: Object.is(v, -0) ? "-0" : v, out: f.format(v, unit) });
      }
      out.rtf.push({ locale, opts: { style, numeric }, unit: "day", v: -1234.5, parts: f.formatToParts(-1234.5, "day") });
    }
  }
}

// --- lists ---
const lists = [[], ["a"], ["a", "b"], ["a", "b", "c"], ["Motorcycle", "Bus", "Car", "Train"]];
for (const locale of ["en", "en-US", "en-GB"]) {
  for (const type of ["conjunction", "disjunction", "unit"]) {
    for (const style of ["long", "short", "narrow"]) {
      const f = new Intl.ListFormat(locale, { type, style });
      for (const l of lists) out.list.push({ locale, opts: { type, style }, list: l, out: f.format(l) });
      out.list.push({ locale, opts: { type, style }, list: lists[3], parts: f.formatToParts(lists[3]) });
    }
  }
}

// --- segmenter ---
const texts = ["Hello, world! How are you?", "e\u0301 👍🏽 👨‍👩‍👧 🇩🇪 a\r\nb", "It's 3.5 km. Done. Mr. Smith left!  Next", "naïve café-au-lait 123,456.78 foo_bar", ""];
for (const granularity of ["grapheme", "word", "sentence"]) {
  const s = new Intl.Segmenter("en", { granularity });
  for (const text of texts) out.segmenter.push({ granularity, text, segments: Array.from(s.segment(text), (x) => granularity === "word" ? [x.segment, x.index, x.isWordLike] : [x.segment, x.index]) });
}

// --- locales and misc ---
for (const l of ["EN-us", "en-gb", "zh-hant-tw", "sr-latn", "de-DE-u-co-phonebk", "en", "fr-CA", "es-419", "iw", "und", "en-u-ca-gregory-nu-latn"]) out.canonical.push({ in: l, out: Intl.getCanonicalLocales(l) });
const misc = {
  "number toLocaleString": [(1234.5).toLocaleString(), (1234.5).toLocaleString("en-US", { style: "currency", currency: "USD" }), (0.256).toLocaleString(undefined, { style: "percent" }), (1e6).toLocaleString("de-DE"), (-5).toLocaleString()],
  "bigint toLocaleString": [(123456789012345678901234567890n).toLocaleString(), (-1234n).toLocaleString("en-US"), (1234n).toLocaleString("de-DE")],
  localeCompare: [["a", "b"], ["b", "a"], ["a", "A"], ["résumé", "resume"], ["item10", "item2"], ["", "a"], ["ä", "z"]].map(([x, y]) => [x.localeCompare(y), x.localeCompare(y, "en", { sensitivity: "base" }), x.localeCompare(y, undefined, { numeric: true })]),
  supportedLocalesOf: [Intl.DateTimeFormat.supportedLocalesOf(["en-US", "en-GB", "en"]), Intl.NumberFormat.supportedLocalesOf("en")],
  dtfDefault: new Intl.DateTimeFormat().resolvedOptions(),
  nfDefault: new Intl.NumberFormat().resolvedOptions(),
  toStringTags: [Object.prototype.toString.call(Intl), Object.prototype.toString.call(new Intl.DateTimeFormat()), Object.prototype.toString.call(new Intl.NumberFormat())],
  rangeDate: new Intl.DateTimeFormat("en-US", { timeZone: "UTC" }).format(new Date(times[0])),
};
out.misc = misc;
// formatRange over pairs that differ in each field, for common formats
out.ranges = [];
{
  const pairs = [[Date.UTC(2026, 0, 1, 10, 0), Date.UTC(2026, 0, 1, 10, 45)], [Date.UTC(2026, 0, 1, 10, 0), Date.UTC(2026, 0, 1, 14, 30)], [Date.UTC(2026, 0, 1, 10, 0), Date.UTC(2026, 0, 1, 10, 0, 30)],
    [Date.UTC(2026, 0, 1, 10, 0), Date.UTC(2026, 0, 5, 9)], [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 5)], [Date.UTC(2026, 0, 1), Date.UTC(2027, 1, 2)], [Date.UTC(2026, 5, 1, 9), Date.UTC(2026, 5, 1, 9)]];
  const opts = [{}, { dateStyle: "medium" }, { dateStyle: "long" }, { dateStyle: "full" }, { dateStyle: "short" }, { hour: "numeric", minute: "numeric" }, { hour: "numeric" }, { timeStyle: "short" }, { timeStyle: "medium" },
    { dateStyle: "medium", timeStyle: "short" }, { dateStyle: "long", timeStyle: "short" }, { month: "short", day: "numeric" }, { month: "long", day: "numeric" }, { year: "numeric", month: "long" }, { year: "numeric", month: "short" },
    { year: "numeric", month: "short", day: "numeric", weekday: "short" }, { month: "numeric", day: "numeric" }, { hour: "2-digit", minute: "2-digit", hour12: false }, { year: "numeric", month: "short", day: "numeric" },
    { year: "numeric", month: "long", day: "numeric" }, { hour: "numeric", minute: "2-digit", timeZoneName: "short" }];
  for (const locale of ["en-US", "en-GB"]) {
    for (const o of opts) {
      for (const timeZone of ["UTC", "America/New_York"]) {
        const f = new Intl.DateTimeFormat(locale, { ...o, timeZone });
        out.ranges.push({ locale, opts: { ...o, timeZone }, out: pairs.map(([a, b]) => f.formatRange(a, b)), parts: f.formatRangeToParts(pairs[1][0], pairs[1][1]).map((p) => [p.type, p.value, p.source]) });
      }
    }
  }
  out.rangePairs = pairs;
}
// NumberFormat#formatRange
out.nfRanges = [];
{
  const pairs = [[3, 5], [3, 3], [1000, 5000], [-5, 3], [3.004, 3.0041], [0.1, 0.2], [5, 3], [1234.5, 1234.5]];
  const opts = [{}, { style: "currency", currency: "USD" }, { style: "currency", currency: "EUR" }, { style: "percent" }, { style: "unit", unit: "kilometer" }, { style: "unit", unit: "kilometer", unitDisplay: "long" },
    { style: "unit", unit: "kilometer-per-hour" }, { style: "unit", unit: "celsius" }, { notation: "compact" }, { maximumFractionDigits: 0 }, { signDisplay: "always" }, { style: "currency", currency: "USD", currencySign: "accounting" }];
  for (const locale of ["en-US", "en-GB"]) {
    for (const o of opts) {
      const f = new Intl.NumberFormat(locale, o);
      out.nfRanges.push({ locale, opts: o, out: pairs.map(([a, b]) => f.formatRange(a, b)), parts: pairs.map(([a, b]) => f.formatRangeToParts(a, b).map((p) => [p.type, p.value, p.source])) });
    }
  }
  out.nfRangePairs = pairs;
}
// DisplayNames in English, over lists of codes (valid, unknown, odd case)
out.displayNames = [];
{
  const codes = {
    language: "af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms my nb ne nl no pa pl pt ro ru si sk sl sq sr sv sw ta te th tr uk ur uz vi zh zu en-US en-GB en-AU en-CA fr-CA fr-CH de-AT de-CH es-419 es-MX es-ES pt-BR pt-PT zh-Hans zh-Hant zh-TW zh-CN nl-BE sr-Latn sr-Cyrl yue haw zh-Hant-TW en-Latn-US EN-gb xyz qaa".split(" "),
    region: "AD AE AF AL AM AO AR AT AU AZ BA BD BE BG BH BO BR BY CA CD CH CL CN CO CR CU CY CZ DE DK DO DZ EC EE EG ES ET FI FJ FR GB GE GH GR GT HK HN HR HU ID IE IL IN IQ IR IS IT JM JO JP KE KH KP KR KW KZ LB LK LT LU LV LY MA MC MD ME MK MM MN MO MT MX MY NG NI NL NO NP NZ OM PA PE PH PK PL PR PS PT PY QA RO RS RU SA SE SG SI SK SN SV SY SZ TH TN TR TW TZ UA UG US UY UZ VA VE VN YE ZA ZW 419 001 150 us gb XY".split(" "),
    script: "Hans Hant Latn Cyrl Arab Grek Hebr Deva Jpan Kore Thai latn HANT".split(" "),
    currency: "USD EUR GBP JPY CHF CAD AUD CNY INR BRL MXN SEK NOK DKK PLN RUB KRW NZD HKD SGD ZAR TRY XXX usd".split(" "),
    calendar: ["gregory", "iso8601"],
    dateTimeField: ["year", "month", "day", "hour", "minute", "second", "weekday", "era", "dayPeriod", "timeZoneName"],
  };
  for (const [type, list] of Object.entries(codes)) {
    for (const opts of [{}, { style: "short" }, { fallback: "none" }, type === "language" ? { languageDisplay: "standard" } : null]) {
      if (!opts) continue;
      const d = new Intl.DisplayNames("en", { type, ...opts });
      out.displayNames.push({ type, opts, resolved: d.resolvedOptions(), codes: list, out: list.map((c) => { try { return d.of(c) ?? null; } catch (e) { return e.name; } }) });
    }
  }
}
out.node = process.version;
out.icu = process.versions.icu;
out.cldr = process.versions.cldr;

process.stdout.write(JSON.stringify(out) + "\n");
