// Package jsintl is ECMA-402's Intl for goja runtimes, answering as Node 20
// (full ICU) does, on golang.org/x/text's CLDR data and Go's tz database.
//
// Install(vm) defines globalThis.Intl, built the first time a script reads
// it, with:
//
//   - DateTimeFormat: IANA zones, formatToParts, resolvedOptions,
//     dateStyle/timeStyle, every component option, hour cycles, fractional
//     seconds, the four zone-name styles, formatRange(ToParts);
//   - NumberFormat: decimal, percent, currency (symbol, narrowSymbol, code,
//     name, accounting), units (short, long, narrow), compact, scientific
//     and engineering notation, sign display, digit options, rounding
//     modes, formatToParts, formatRange(ToParts);
//   - PluralRules (x/text's cardinal and ordinal rules), Collator (x/text's
//     collation: sensitivity, numeric, ignorePunctuation, caseFirst),
//     RelativeTimeFormat, ListFormat, Segmenter (grapheme, word, sentence),
//     DisplayNames (English names of languages, regions, scripts,
//     currencies, calendars and date fields), Locale (basics),
//     getCanonicalLocales and supportedValuesOf.
//
// It also makes Date.prototype.toString and toTimeString print Node's zone
// name ("GMT+0000 (Coordinated Universal Time)"), and toLocaleString,
// toLocaleDateString, toLocaleTimeString, Number.prototype.toLocaleString,
// BigInt.prototype.toLocaleString and String.prototype.localeCompare use
// these formatters.
//
// # Locales
//
// Dates, relative times and lists are formatted for en, en-US and en-GB;
// any other English region uses en's data. Dates are also formatted for
// de and de-DE (not yet formatRange, which stays English, nor relative
// times and lists). Other languages (and German regions, whose names and
// patterns differ) fall back to en-US (resolvedOptions().locale says so).
// Numbers use any language's decimal, grouping, percent and NaN symbols
// from x/text, with English patterns; plural rules and collation come from
// x/text for every language it knows. The English date, time-zone, unit
// and currency names are written here (x/text carries none of them); they
// follow CLDR 48. The German date data (dtdata_de.go) is read off Node's
// own output by testdata/gen-de.mjs: every request shape DateTimeFormat
// builds, formatted for one instant, its pattern read back from the parts.
//
// The default time zone is Go's time.Local (which goja's Date uses too),
// reported by its IANA name: the TZ variable or /etc/localtime's target,
// else UTC.
//
// # Cost
//
// Install defines two accessors (Intl, and Date until a script first reads
// it: no Date can exist before, and Date's five methods are replaced then)
// and replaces three prototype methods at once: about 15 KB and 190
// allocations per runtime (BenchmarkInstall), most of it goja
// materialising the Number, String and BigInt prototypes it otherwise
// builds on first use. Intl itself, with its compiled-once script, is
// built on first use (about 1 ms, 140 KB).
//
// formatRange and formatRangeToParts use CLDR's English interval formats
// for month-name dates and for h/hm times within a day, and ICU's fallback
// (both dates in full) otherwise.
//
// NumberFormat's formatRange and formatRangeToParts follow ICU's English
// output (approximately sign, shared units and long currency symbols).
//
// Not done: non-gregorian calendars,
// numbering systems other than latn, and date formats for languages other
// than English (x/text has no date patterns; they print as en-US).
//
// Every formatter is checked against answers recorded from Node 20
// (testdata/gen-node.mjs → testdata/node-intl.json), and luxon and
// date-fns-tz run bundled against Node's own output (testdata/luxon).
package jsintl
