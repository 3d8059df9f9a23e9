// Warnings an item's dates deserve: a hearing shorter than six weeks ("kort frist"), and an
// answer period that overlaps Christmas, Easter or July, when those who must answer are away.
// Pure: dates in, warnings out.
import type { CalendarDate, ItemDates } from "../model/item";
import { addDays } from "./calendar";
import { hearingLengthDays, isShortHearing, MIN_HEARING_DAYS } from "./hearing-length";
import { getHolidaySpans, type HolidayName } from "./holidays";

export type ItemWarning =
  { kind: "short_hearing"; days: number } | { kind: "holiday"; holiday: HolidayName; from: CalendarDate; to: CalendarDate };

type WarnedItem = Pick<ItemDates, "kind" | "sentOn" | "deadline">;

// A sent date years before its deadline is a typing error, not a reason to scan every year.
const MAX_YEARS = 3;

/**
 * The days an organisation has to answer in, both included: from the sent date to the
 * deadline, or the six weeks before the deadline when the sent date is not known. Null for
 * seminars and items without a deadline.
 */
export function getAnswerPeriod(item: WarnedItem): { from: CalendarDate; to: CalendarDate } | null {
  if (item.kind === "SEMINAR" || !item.deadline) return null;
  const from = item.sentOn && item.sentOn <= item.deadline ? item.sentOn : addDays(item.deadline, -MIN_HEARING_DAYS);
  return { from, to: item.deadline };
}

export function getItemWarnings(item: WarnedItem): ItemWarning[] {
  const warnings: ItemWarning[] = [];
  if (isShortHearing(item)) warnings.push({ kind: "short_hearing", days: hearingLengthDays(item) ?? 0 });
  const period = getAnswerPeriod(item);
  if (!period) return warnings;
  const lastYear = Number(period.to.slice(0, 4));
  const firstYear = Math.max(Number(period.from.slice(0, 4)) - 1, lastYear - MAX_YEARS);
  const seen = new Set<HolidayName>();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const span of getHolidaySpans(year)) {
      if (span.first > period.to || span.last < period.from || seen.has(span.name)) continue;
      seen.add(span.name);
      warnings.push({ kind: "holiday", holiday: span.name, from: period.from, to: period.to });
    }
  }
  return warnings;
}
