// Dates, times and countdowns as people read them: Norwegian Bokmål first, English second.
// Calendar dates are formatted as days (never shifted by a zone); instants are shown as the
// wall-clock time in Oslo, whatever the server's time zone.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { nb } from "date-fns/locale";
import type { Countdown } from "../deadlines";
import { osloClock } from "../model/oslo-clock";
import type { CalendarDate, ItemKind } from "../model/item";
import { memoize } from "../memo";
import type { Locale } from "./locale";

export type { Locale };

// UTC, because a calendar date has no zone and every UTC day has a midnight.
function dayOf(date: CalendarDate): TZDate {
  const [year, month, day] = date.split("-").map(Number);
  return new TZDate(year, month - 1, day, "UTC");
}

// date-fns' default locale is en-US; the day-month order and month names below are British.
const PATTERNS = {
  nb: { full: "d. MMMM yyyy", short: "d. MMMM", day: "d.", time: "HH.mm" },
  en: { full: "d MMMM yyyy", short: "d MMMM", day: "d", time: "HH:mm" },
} as const;

function formatWith(date: Date, locale: Locale, pattern: keyof (typeof PATTERNS)["nb"]): string {
  return format(date, PATTERNS[locale][pattern], locale === "nb" ? { locale: nb } : undefined);
}

// A list repeats a few dozen days; each is formatted once ("nb full 2025-01-17").
const formatDay = memoize((key: string) => {
  const [locale, pattern, date] = key.split(" ") as [Locale, "full" | "short", CalendarDate];
  return formatWith(dayOf(date), locale, pattern);
});

/** "17. januar 2025" / "17 January 2025". */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return formatDay(`${locale} full ${date}`);
}

/** "17. januar" / "17 January": for lists where the year is obvious. */
export function formatDateShort(date: CalendarDate, locale: Locale): string {
  return formatDay(`${locale} short ${date}`);
}

/**
 * A span of days, saying the shared month and year once: "15.–16. januar 2025",
 * "30. januar – 2. februar 2025", "30. desember 2025 – 2. januar 2026" (en alike).
 */
export function formatDateRange(start: CalendarDate, end: CalendarDate, locale: Locale): string {
  if (start === end) return formatDate(start, locale);
  const [first, last] = [dayOf(start), dayOf(end)];
  if (first.getFullYear() !== last.getFullYear()) {
    return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  }
  if (first.getMonth() !== last.getMonth()) {
    return `${formatDateShort(start, locale)} – ${formatDate(end, locale)}`;
  }
  return `${formatWith(first, locale, "day")}–${formatDate(end, locale)}`;
}

/** Wall-clock time in Oslo: "09.00" (Norwegian uses a full stop) / "09:00". */
export function formatTime(instant: Date, locale: Locale): string {
  return formatWith(osloClock(instant), locale, "time");
}

/**
 * A span of wall-clock times as an input holds them ("09:00", "15:30"): "kl. 09.00–15.30" /
 * "09:00–15:30"; without an end only the start.
 */
export function formatClockSpan(start: string, end: string | null, locale: Locale): string {
  const clock = (time: string) => (locale === "nb" ? time.replace(":", ".") : time);
  const span = end ? `${clock(start)}–${clock(end)}` : clock(start);
  return locale === "nb" ? `kl. ${span}` : span;
}

/** Day and time in Oslo: "17. januar 2025 kl. 09.00" / "17 January 2025, 09:00". */
export function formatDateTime(instant: Date, locale: Locale): string {
  const date = formatWith(osloClock(instant), locale, "full");
  const time = formatTime(instant, locale);
  return locale === "nb" ? `${date} kl. ${time}` : `${date}, ${time}`;
}

const COUNTDOWN_TEXT = {
  nb: {
    today: "i dag",
    tomorrow: "i morgen",
    inDays: (n: number) => `om ${n} dager`,
    ongoing: "pågår",
    closedYesterday: "stengt i går",
    closedDaysAgo: (n: number) => `stengt for ${n} dager siden`,
    yesterday: "i går",
    daysAgo: (n: number) => `for ${n} dager siden`,
  },
  en: {
    today: "today",
    tomorrow: "tomorrow",
    inDays: (n: number) => `in ${n} days`,
    ongoing: "ongoing",
    closedYesterday: "closed yesterday",
    closedDaysAgo: (n: number) => `closed ${n} days ago`,
    yesterday: "yesterday",
    daysAgo: (n: number) => `${n} days ago`,
  },
};

/**
 * A countdown in words. Deadlines that have passed say "stengt" (closed); seminars that are
 * over just say when. One day is always "i morgen"/"i går", so no singular "dag" is needed.
 */
export function formatCountdown(countdown: Countdown, kind: ItemKind, locale: Locale): string {
  const text = COUNTDOWN_TEXT[locale];
  const { days, phase } = countdown;
  if (phase === "ongoing") return text.ongoing;
  if (phase === "today" || days === 0) return text.today;
  if (phase === "before") return days === 1 ? text.tomorrow : text.inDays(days);
  if (kind === "SEMINAR") return days === 1 ? text.yesterday : text.daysAgo(days);
  return days === 1 ? text.closedYesterday : text.closedDaysAgo(days);
}
