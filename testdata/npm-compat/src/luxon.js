// luxon (Intl.DateTimeFormat, time zones, relative formatting) on fixed
// dates in UTC and in named zones.
import { DateTime, Duration, Interval } from "luxon";

export function setup(router) {
  router.get("/format", (req, res) => {
    const d = DateTime.fromISO("2024-03-10T15:30:00Z", { zone: "utc" });
    res.json({
      iso: d.toISO(),
      formatted: d.toFormat("yyyy LLL dd HH:mm"),
      ny: d.setZone("America/New_York").toISO(),
      tokyo: d.setZone("Asia/Tokyo").toFormat("ff"),
      locale: d.setLocale("de").toLocaleString(DateTime.DATE_FULL),
      relative: d.toRelative({ base: d.plus({ days: 3 }) }),
      duration: Duration.fromObject({ hours: 2, minutes: 5 }).toISO(),
      interval: Interval.fromDateTimes(d, d.plus({ weeks: 1 })).length("days"),
    });
  });
}
