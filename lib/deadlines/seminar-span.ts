// When a seminar runs, as the status and countdown rules need it. A timed seminar runs
// between its instants; an all-day one covers whole days in Oslo.
import type { CalendarDate, ItemDates } from "../model/item";
import { deadlineEndInstant, osloToday } from "./calendar";
import { seminarLastDay } from "./seminar-rules";

export type SeminarDates = Pick<ItemDates, "startOn" | "endOn" | "startAt" | "endAt">;

/** First and last day in Oslo, or null for a seminar without any date. */
export function getSeminarDays(item: SeminarDates): { first: CalendarDate; last: CalendarDate } | null {
  const first = item.startOn ?? (item.startAt ? osloToday(item.startAt) : null);
  if (!first) return null;
  const last = item.endOn ?? (item.endAt ? osloToday(item.endAt) : first);
  return { first, last: last < first ? first : last };
}

/**
 * The instants [start, end) of a timed seminar, or null for an all-day one. Without an end
 * instant it lasts to the end of its last day (seminarLastDay, as the status rule reads it),
 * so it is never shown as past while it runs.
 */
export function getSeminarInstants(item: SeminarDates): { start: Date; end: Date } | null {
  if (!item.startAt) return null;
  const end = item.endAt ?? deadlineEndInstant(seminarLastDay(item) ?? osloToday(item.startAt));
  return { start: item.startAt, end };
}
