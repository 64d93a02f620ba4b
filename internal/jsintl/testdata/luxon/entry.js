// The luxon and date-fns-tz calls the jsintl tests run: build.sh bundles
// this file, gen.mjs records Node's answers, luxon_test.go replays them.
const { DateTime, Duration, Interval, Info, Settings } = require("luxon");
const { formatInTimeZone, toZonedTime, fromZonedTime } = require("date-fns-tz");

exports.run = function () {
  const out = {};
  const t = DateTime.fromMillis(1796102432123, { zone: "utc" });
  out.toISO = t.toISO();
  out.setZone = t.setZone("America/New_York").toISO();
  out.berlin = t.setZone("Europe/Berlin").toFormat("yyyy-MM-dd HH:mm:ss ZZZZ ZZ");
  out.offsetName = t.setZone("Europe/Berlin").offsetNameLong + " | " + t.setZone("America/Los_Angeles").offsetNameShort;
  out.locale = [DateTime.DATE_FULL, DateTime.DATETIME_MED, DateTime.TIME_SIMPLE, DateTime.DATETIME_HUGE_WITH_SECONDS].map((f) => t.setZone("Asia/Tokyo").toLocaleString(f));
  out.localeGB = t.setLocale("en-GB").toLocaleString(DateTime.DATETIME_FULL);
  out.toFormat = t.toFormat("cccc, LLLL d, yyyy 'at' h:mm a (ZZZZZ)");
  out.parts = t.toLocaleParts(DateTime.DATE_MED).map((p) => p.type + ":" + p.value).join(",");
  out.plus = t.plus({ months: 1, days: 3, hours: 5 }).setZone("Australia/Sydney").toISO();
  out.dst = DateTime.fromISO("2021-03-14T01:30:00", { zone: "America/New_York" }).plus({ hours: 1 }).toISO();
  out.startOf = t.setZone("America/Los_Angeles").startOf("week").toISO();
  out.relative = t.minus({ days: 3 }).toRelative({ base: t }) + " | " + t.plus({ hours: 2 }).toRelative({ base: t }) + " | " + t.minus({ days: 1 }).toRelativeCalendar({ base: t });
  out.duration = Duration.fromObject({ hours: 2, minutes: 5 }).toHuman() + " | " + Duration.fromMillis(123456789).shiftTo("days", "hours", "minutes").toHuman({ unitDisplay: "short" });
  out.interval = Interval.fromDateTimes(t, t.plus({ days: 10 })).length("days") + " | " + Interval.fromDateTimes(t, t.plus({ days: 10 })).toFormat("MM/dd");
  out.intervalLocale = [
    Interval.fromDateTimes(t, t.plus({ days: 4 })).toLocaleString(DateTime.DATE_MED),
    Interval.fromDateTimes(t, t.plus({ hours: 3 })).toLocaleString(DateTime.TIME_SIMPLE),
    Interval.fromDateTimes(t, t.plus({ months: 2 })).toLocaleString({ month: "long", day: "numeric" }),
  ].join(" | ");
  out.info = Info.months("long").join(",") + " | " + Info.weekdays("short").join(",") + " | " + Info.isValidIANAZone("Europe/Paris") + " | " + Info.isValidIANAZone("Mars/Base");
  out.fromFormat = DateTime.fromFormat("May 25, 1982 10:30 PM", "LLLL d, yyyy h:mm a", { zone: "utc" }).toISO();
  out.invalid = DateTime.fromISO("2021-13-45").invalidReason;
  out.weekNumber = t.weekNumber + " " + t.ordinal + " " + t.daysInMonth + " " + t.isInLeapYear;
  out.numbering = t.reconfigure({ locale: "en-US" }).toLocaleString({ weekday: "long", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  out.dateFnsTz = [
    formatInTimeZone(new Date(1796102432123), "America/New_York", "yyyy-MM-dd HH:mm:ss zzz"),
    formatInTimeZone(new Date(1796102432123), "Asia/Kolkata", "yyyy-MM-dd HH:mm:ss XXX zzzz"),
    toZonedTime(new Date(1796102432123), "Europe/Berlin").getHours(),
    fromZonedTime("2026-07-01 12:00:00", "America/Los_Angeles").toISOString(),
  ].join(" | ");
  return out;
};
