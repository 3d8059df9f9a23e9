// Years the text leaves out.
//
// A quarterly newsletter reports on its quarter and announces what lies ahead, and it writes
// the year whenever it points back before its quarter ("overlevert 13. desember 2022" in the
// January–March 2023 issue). So a date without a year is placed in the twelve months that
// begin with the first month of the newsletter's period: in the October–December 2024 issue
// "21. oktober" is 2024 and a høringsfrist "17. januar" is 2025.
// A publication date (--as-of) or today stands in for a period the text does not state:
// what it reports on is the quarter before, so its window starts three months earlier.
// Order then corrects the guess: a deadline falls after its sent date, an event ends after it
// starts, and a thing sent cannot have been sent after the text was published.
import type { CalendarDate } from "../../model/item";
import { daysInMonth, type PartialDate } from "./dates";
import type { NewsletterPeriod } from "./types";

/** The first month of the twelve in which dates without a year are placed. */
export interface YearWindow {
  year: number;
  month: number;
}

export interface DateRules {
  /** A year the surrounding text gives ("flere digitale seminarer i 2025:"). */
  hintYear?: number | null;
  /** The result must not be earlier than this (a deadline after its sent date). */
  notBefore?: CalendarDate | null;
  /** The result must not be later than this (a sent date before publication). */
  notAfter?: CalendarDate | null;
  /** The weekday the text names ("onsdag 1. oktober"): picks the year it fits. */
  weekday?: number | null;
  isEndOfMonth?: boolean;
}

export function windowFromPeriod(period: NewsletterPeriod): YearWindow {
  return { year: period.year, month: period.fromMonth };
}

export function windowFromDate(date: CalendarDate): YearWindow {
  const [year, month] = date.split("-").map(Number);
  return month > 3 ? { year, month: month - 3 } : { year: year - 1, month: month + 9 };
}

const pad = (n: number) => String(n).padStart(2, "0");

function format(year: number, month: number, day: number): CalendarDate | null {
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoWeekday(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** The date as YYYY-MM-DD, its year filled in when the text left it out; null if no such day. */
export function completeDate(date: PartialDate, window: YearWindow, rules: DateRules = {}): CalendarDate | null {
  const dayIn = (year: number) => (rules.isEndOfMonth ? daysInMonth(year, date.month) : date.day);
  if (date.year !== null) return format(date.year, date.month, dayIn(date.year));

  let year = rules.hintYear ?? (date.month >= window.month ? window.year : window.year + 1);
  if (rules.weekday) {
    const fits = [year, year + 1, year - 1].find((y) => {
      const candidate = format(y, date.month, dayIn(y));
      return candidate !== null && isoWeekday(candidate) === rules.weekday;
    });
    if (fits !== undefined) return format(fits, date.month, dayIn(fits));
  }
  let result = format(year, date.month, dayIn(year));
  if (result && rules.notBefore && result < rules.notBefore) {
    year += 1;
    result = format(year, date.month, dayIn(year));
  }
  if (result && rules.notAfter && result > rules.notAfter) {
    year -= 1;
    result = format(year, date.month, dayIn(year));
  }
  return result;
}

/** Years left out are placed from six months before the earliest date the text writes in full. */
export function windowAround(date: CalendarDate): YearWindow {
  const [year, month] = date.split("-").map(Number);
  return month > 6 ? { year, month: month - 6 } : { year: year - 1, month: month + 6 };
}

/** Years left out are placed in the twelve months that end with `date`'s month. */
export function windowBefore(date: CalendarDate): YearWindow {
  const [year, month] = date.split("-").map(Number);
  return month === 12 ? { year, month: 1 } : { year: year - 1, month: month + 1 };
}

/** The last day of the newsletter's period: nothing in it was sent later than that. */
export function periodEnd(period: NewsletterPeriod): CalendarDate {
  const year = period.toMonth < period.fromMonth ? period.year + 1 : period.year;
  return format(year, period.toMonth, daysInMonth(year, period.toMonth))!;
}
