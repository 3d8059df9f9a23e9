// Which items a feed holds on a given day. Membership depends only on the day in Oslo, so it
// changes at midnight and nowhere in between: the cache validators can include that day.
import { addDays, osloToday } from "../deadlines";
import { osloInstant } from "../model/calendar-date";
import type { CalendarDate } from "../model/item";

/** Days a cancelled item stays in feeds so that subscribers see it cancelled, not vanish. */
export const CANCELLED_KEEP_DAYS = 30;

export interface FeedWindow {
  /** Today in Oslo. */
  today: CalendarDate;
  /** Items whose last day is on or after this day are in the feed (upcoming ones always are). */
  historyStart: CalendarDate;
  /** Cancelled items stay while they were cancelled at or after this instant. */
  cancelledSince: Date;
}

/**
 * The window at `now`: items whose last day lies within the last `historyMonths` months,
 * and cancelled ones only through the 30th day after the day they were cancelled.
 */
export function getFeedWindow(now: Date, historyMonths: number): FeedWindow {
  const today = osloToday(now);
  return {
    today,
    historyStart: addMonths(today, -historyMonths),
    cancelledSince: osloInstant(addDays(today, -CANCELLED_KEEP_DAYS), "00:00"),
  };
}

/** The same day `months` later (or earlier), clamped to the month's end: 29 Feb − 12 months is 28 Feb. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}
