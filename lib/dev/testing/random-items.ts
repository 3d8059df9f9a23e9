// Random items and moments for the property tests of the date rules: dates around every
// window's edges, Oslo midnight and the daylight-saving changes, stored as the writers store
// them (a seminar's start instant on its first day, its last day never before its first).
import fc from "fast-check";
import { addDays, type RuleItem } from "../../deadlines";
import { fromCalendarDate, fromCalendarDateOrNull, osloInstant } from "../../model/calendar-date";
import { deriveSortDates } from "../../items/derived-dates";
import { ITEM_KINDS, type CalendarDate } from "../../model/item";

// Days on which Oslo's midnight is special: the spring-forward and fall-back Sundays, a year's
// end and a leap day, and one plain day.
const ANCHORS = ["2025-03-30", "2025-10-26", "2026-03-29", "2025-12-31", "2028-02-29", "2025-01-10"];
// Offsets around every window's edges (today, 14 days ahead, 30 and 60 days back) and beyond.
const EDGE_DAYS = [-61, -60, -59, -31, -30, -29, -2, -1, 0, 1, 2, 13, 14, 15, 16, 29, 30, 31];
const dayOffset = fc.oneof(fc.constantFrom(...EDGE_DAYS), fc.integer({ min: -80, max: 80 }));
const wallClock = fc.constantFrom("00:00", "00:30", "02:30", "09:00", "16:00", "23:30", "23:59");
const MINUTE = 60_000;

const itemAround = (anchor: CalendarDate) =>
  fc
    .record({
      kind: fc.constantFrom(...ITEM_KINDS),
      day: dayOffset,
      extraDays: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      startTime: fc.option(wallClock, { nil: null }),
      // An end time on the last day as the form writes it, or any length as a polled calendar
      // may give it (past midnight, over several days), or none.
      end: fc.oneof(fc.constant(null), fc.record({ at: wallClock }), fc.record({ minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }) })),
      isCancelled: fc.boolean(),
    })
    .map(({ kind, day, extraDays, startTime, end, isCancelled }): RuleItem => {
      const first = addDays(anchor, day);
      const cancelledAt = isCancelled ? new Date("2024-06-01T10:00:00Z") : null;
      if (kind !== "SEMINAR") return { kind, deadline: first, startOn: null, endOn: null, startAt: null, endAt: null, cancelledAt };
      const endOn = extraDays === null ? null : addDays(first, extraDays);
      const startAt = startTime ? osloInstant(first, startTime) : null;
      const endAt =
        end === null
          ? null
          : "at" in end
            ? osloInstant(endOn ?? first, end.at)
            : new Date((startAt ?? osloInstant(first, "00:00")).getTime() + end.minutes * MINUTE);
      return { kind, deadline: null, startOn: first, endOn, startAt, endAt, cancelledAt };
    });

// Moments at and around Oslo midnight (a millisecond, a minute, an hour either side), at any
// minute of the day, and at an item's own end instant.
const momentOffset = fc.oneof(
  fc.constantFrom(0, -1, 1, -MINUTE, MINUTE, -60 * MINUTE, 60 * MINUTE),
  fc.integer({ min: -36 * 60, max: 36 * 60 }).map((minutes) => minutes * MINUTE),
);

/** A batch of up to `maxItems` items around one anchor day, with the moments to check them at. */
export const itemBatch = (maxItems: number) =>
  fc.constantFrom(...ANCHORS).chain((anchor) =>
    fc.record({
      anchor: fc.constant(anchor),
      items: fc.array(itemAround(anchor), { minLength: 1, maxLength: maxItems }),
      nows: fc.array(fc.record({ dayShift: fc.constantFrom(0, 1, -1, 14, -30), offset: momentOffset }), { minLength: 2, maxLength: 4 }),
      atItemEnd: fc.nat(),
      closingSoonDays: fc.constantFrom(0, 1, 7, 14, 30),
    }),
  );

/** The moments a batch is checked at: Oslo midnights shifted by the offsets, and at and just before one item's end. */
export function batchMoments(batch: {
  anchor: CalendarDate;
  items: RuleItem[];
  nows: { dayShift: number; offset: number }[];
  atItemEnd: number;
}): Date[] {
  const ends = batch.items.flatMap((item) => (item.endAt ? [item.endAt] : []));
  const instants = batch.nows.map(
    ({ dayShift, offset }) => new Date(osloInstant(addDays(batch.anchor, dayShift), "00:00").getTime() + offset),
  );
  if (ends.length > 0) {
    const end = ends[batch.atItemEnd % ends.length];
    instants.push(end, new Date(end.getTime() - MINUTE));
  }
  return instants;
}

/** The item's columns as the table holds them, sort days derived as every writer derives them. */
export function itemRow(item: RuleItem, fields: { id: string; actorId: string; title: string }) {
  const { dueOn, lastOn } = deriveSortDates(item);
  return {
    ...fields,
    kind: item.kind,
    deadline: fromCalendarDateOrNull(item.deadline),
    startOn: fromCalendarDateOrNull(item.startOn),
    endOn: fromCalendarDateOrNull(item.endOn),
    startAt: item.startAt,
    endAt: item.endAt,
    cancelledAt: item.cancelledAt,
    dueOn: fromCalendarDate(dueOn),
    lastOn: fromCalendarDate(lastOn),
  };
}
