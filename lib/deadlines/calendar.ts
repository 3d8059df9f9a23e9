// Calendar arithmetic on "YYYY-MM-DD" days. Days are counted in UTC, where every day has
// 24 hours, so adding days never drifts across a daylight-saving change; only "which day is
// it now" and "when does a day end" involve Oslo, and those go through @date-fns/tz so the
// answer does not depend on the server's time zone.
import { fromCalendarDate, isCalendarDate, osloInstant, toCalendarDate } from "../model/calendar-date";
import { osloClock } from "../model/oslo-clock";
import type { CalendarDate } from "../model/item";
import { memoize } from "../memo";

const DAY_MS = 24 * 60 * 60 * 1000;

// Checking and parsing a day costs more than the arithmetic on it, and a page or feed asks for
// the same few hundred days again and again: each is worked out once.
const dayNumber = memoize((date: CalendarDate): number => {
  if (!isCalendarDate(date)) throw new Error(`"${date}" is not a calendar date written as YYYY-MM-DD.`);
  return fromCalendarDate(date).getTime() / DAY_MS;
});

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

// Keyed by the minute: the Oslo day only ever changes on a whole minute.
const osloDayOfMinute = memoize((minute: string): CalendarDate => {
  const oslo = osloClock(Number(minute) * 60_000);
  return `${oslo.getFullYear()}-${pad(oslo.getMonth() + 1)}-${pad(oslo.getDate())}`;
});

/** The day it is in Oslo at the instant `now`, whatever the process time zone. */
export function osloToday(now: Date): CalendarDate {
  return osloDayOfMinute(String(Math.floor(now.getTime() / 60_000)));
}

// Keyed "2025-01-17 14": the rules shift the same day by the same windows for every item.
const shiftedDay = memoize((key: string): CalendarDate => {
  const [date, days] = key.split(" ");
  return toCalendarDate(new Date((dayNumber(date) + Number(days)) * DAY_MS));
});

/** The day `days` after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return shiftedDay(`${date} ${days}`);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The first instant after the deadline day: midnight in Oslo that starts the next day.
 * An answer is due by the end of the deadline day, so the item is open while now < this.
 */
export function deadlineEndInstant(deadline: CalendarDate): Date {
  return new Date(deadlineEndMs(deadline));
}

const deadlineEndMs = memoize((deadline: CalendarDate) => osloInstant(addDays(deadline, 1), "00:00").getTime());
