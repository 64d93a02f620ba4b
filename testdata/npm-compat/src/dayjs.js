// dayjs with the utc, customParseFormat, relativeTime, duration, isoWeek and
// advancedFormat plugins and the German locale. Every date is fixed and in
// UTC, so the answers do not depend on the clock or the time zone.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import customParseFormat from "dayjs/plugin/customParseFormat.js";
import relativeTime from "dayjs/plugin/relativeTime.js";
import duration from "dayjs/plugin/duration.js";
import isoWeek from "dayjs/plugin/isoWeek.js";
import advancedFormat from "dayjs/plugin/advancedFormat.js";
import "dayjs/locale/de.js";

dayjs.extend(utc);
dayjs.extend(customParseFormat);
dayjs.extend(relativeTime);
dayjs.extend(duration);
dayjs.extend(isoWeek);
dayjs.extend(advancedFormat);

const base = "2024-02-29T12:34:56.789Z";

export function setup(router) {
  router.get("/format", (req, res) => {
    const d = dayjs.utc(base);
    res.json({
      iso: d.toISOString(),
      format: d.format("YYYY-MM-DD HH:mm:ss.SSS [UTC] dddd, MMMM D"),
      advanced: d.format("Do Q X x"),
      valueOf: d.valueOf(),
      unix: d.unix(),
      german: d.locale("de").format("dddd, D. MMMM YYYY"),
      isoWeek: d.isoWeek(),
      isoWeekday: d.isoWeekday(),
      daysInMonth: d.daysInMonth(),
      leap: d.year() % 4 === 0,
    });
  });
  router.get("/math", (req, res) => {
    const d = dayjs.utc(base);
    const e = dayjs.utc("2025-01-01T00:00:00Z");
    res.json({
      addMonth: d.add(1, "month").toISOString(),
      addYear: d.add(1, "year").format("YYYY-MM-DD"),
      subtractDays: d.subtract(30, "day").format("YYYY-MM-DD"),
      startOfMonth: d.startOf("month").toISOString(),
      endOfWeek: d.endOf("week").toISOString(),
      startOfIsoWeek: d.startOf("isoWeek").format("YYYY-MM-DD"),
      diffDays: e.diff(d, "day"),
      diffMonthsFloat: Math.round(e.diff(d, "month", true) * 1000) / 1000,
      isBefore: d.isBefore(e),
      from: d.from(e),
      to: d.to(e),
      fromGerman: d.locale("de").from(e),
      duration: dayjs.duration(e.diff(d)).format("D[d] H[h] m[m]"),
      durationIso: dayjs.duration({ hours: 26, minutes: 3 }).toISOString(),
      humanize: dayjs.duration(3, "hours").humanize(),
    });
  });
  router.get("/parse", (req, res) => {
    const fmt = req.query.format ?? "DD/MM/YYYY HH:mm";
    const d = dayjs.utc(req.query.date, fmt, true);
    if (!d.isValid()) return res.status(400).json({ valid: false, date: req.query.date, format: fmt });
    res.json({ valid: true, iso: d.toISOString() });
  });
}
