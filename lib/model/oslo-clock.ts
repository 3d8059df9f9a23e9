// What Oslo's wall clock shows at an instant, daylight saving included, whatever the server's
// own time zone. The reverse (a wall-clock time on a day → the instant) is osloInstant in
// ./calendar-date.ts.
import { TZDate } from "@date-fns/tz";
import { OSLO } from "./calendar-date";

/** The instant as a date whose getHours(), getDate() … read Oslo's wall clock. */
export function osloClock(instant: Date | number): TZDate {
  return new TZDate(typeof instant === "number" ? instant : instant.getTime(), OSLO);
}
