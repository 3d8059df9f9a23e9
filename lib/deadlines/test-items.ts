// Builders for the dated facts of an item, shared by the deadline tests.
import type { CalendarDate, ItemDates, ItemKind } from "../model/item";

const EMPTY: ItemDates = {
  kind: "HEARING",
  sentOn: null,
  deadline: null,
  startOn: null,
  endOn: null,
  startAt: null,
  endAt: null,
  cancelledAt: null,
};

export function deadlineItem(deadline: CalendarDate | null, kind: ItemKind = "HEARING"): ItemDates {
  return { ...EMPTY, kind, deadline };
}

export function allDaySeminar(startOn: CalendarDate, endOn: CalendarDate | null = null): ItemDates {
  return { ...EMPTY, kind: "SEMINAR", startOn, endOn };
}

export function timedSeminar(startAt: string, endAt: string | null): ItemDates {
  const start = new Date(startAt);
  return { ...EMPTY, kind: "SEMINAR", startOn: null, startAt: start, endAt: endAt ? new Date(endAt) : null };
}

export function at(instant: string): Date {
  return new Date(instant);
}
