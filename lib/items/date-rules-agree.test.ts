// Every status and date window is written twice, as a predicate and as a `where`
// (lib/deadlines/date-rule.ts). This checks the two against each other in PostgreSQL: for
// random items around the windows' edges, Oslo midnight and the daylight-saving changes, and
// random moments, the rows each `where` selects are exactly the items its predicate accepts,
// and the rows its negation selects are exactly the others. Each run inserts one batch and
// checks every rule at several moments.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addDays,
  ATTENTION_PARTS,
  closingSoon,
  DASHBOARD_RULES,
  deadlineOpen,
  deadlinePassed,
  digestClosing,
  digestOverdue,
  getItemStatus,
  noneOf,
  openLater,
  osloToday,
  ruleMoment,
  seminarNotOver,
  seminarOver,
  STATUS_FILTER_RULES,
  type DateRule,
  type RuleItem,
  type RuleMoment,
} from "../deadlines";
import { createActor } from "../dev/testing/factories";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { fromCalendarDate, fromCalendarDateOrNull, osloInstant } from "../model/calendar-date";
import { ITEM_KINDS, type CalendarDate } from "../model/item";
import { deriveSortDates } from "./derived-dates";

const RULES: Record<string, DateRule> = {
  ...Object.fromEntries(Object.entries(STATUS_FILTER_RULES).map(([name, rule]) => [`status=${name}`, rule])),
  ...Object.fromEntries(ATTENTION_PARTS.map((rule, index) => [`attention part ${index + 1}`, rule])),
  ...Object.fromEntries(Object.entries(DASHBOARD_RULES).map(([name, rule]) => [`front page ${name}`, rule])),
  deadlineOpen,
  closingSoon,
  openLater,
  deadlinePassed,
  digestClosing,
  digestOverdue,
  seminarNotOver,
  seminarOver,
};

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

const batch = fc.constantFrom(...ANCHORS).chain((anchor) =>
  fc.record({
    anchor: fc.constant(anchor),
    items: fc.array(itemAround(anchor), { minLength: 1, maxLength: 30 }),
    nows: fc.array(fc.record({ dayShift: fc.constantFrom(0, 1, -1, 14, -30), offset: momentOffset }), { minLength: 2, maxLength: 4 }),
    atItemEnd: fc.nat(),
    closingSoonDays: fc.constantFrom(0, 1, 7, 14, 30),
  }),
);

/** The status filters read the same as getItemStatus, the badge pages show. */
function expectedByStatus(item: RuleItem, moment: RuleMoment): Record<string, boolean> {
  const status = getItemStatus(item, moment.now, moment.closingSoonDays);
  const live = item.cancelledAt === null;
  return {
    open: live && (status === "OPEN" || status === "CLOSING_SOON"),
    closing_soon: live && status === "CLOSING_SOON",
    closed: status === "CLOSED",
    upcoming: live && (status === "UPCOMING" || status === "ONGOING"),
    past: status === "PAST",
    cancelled: !live,
  };
}

describe("every date rule's where selects exactly what its predicate accepts", () => {
  let database: TestDatabase;
  let actorId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    actorId = (await createActor(database.db)).id;
  });
  afterAll(() => database.drop());

  it("for random items and moments around the edges, Oslo midnight and daylight saving", async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(batch, async ({ anchor, items, nows, atItemEnd, closingSoonDays }) => {
        const rows = items.map((item) => ({ ...item, id: randomUUID() }));
        await db.item.createMany({
          data: rows.map((row, index) => {
            const { dueOn, lastOn } = deriveSortDates(row);
            return {
              id: row.id,
              kind: row.kind,
              title: `Sak ${index}`,
              actorId,
              deadline: fromCalendarDateOrNull(row.deadline),
              startOn: fromCalendarDateOrNull(row.startOn),
              endOn: fromCalendarDateOrNull(row.endOn),
              startAt: row.startAt,
              endAt: row.endAt,
              cancelledAt: row.cancelledAt,
              dueOn: fromCalendarDate(dueOn),
              lastOn: fromCalendarDate(lastOn),
            };
          }),
        });
        try {
          const ends = rows.flatMap((row) => (row.endAt ? [row.endAt] : []));
          const instants = nows.map(({ dayShift, offset }) => new Date(osloInstant(addDays(anchor, dayShift), "00:00").getTime() + offset));
          if (ends.length > 0) instants.push(ends[atItemEnd % ends.length]);
          const ids = rows.map((row) => row.id);
          for (const now of instants) {
            const moment = ruleMoment(now, closingSoonDays);
            expect(moment.today).toBe(osloToday(now));
            for (const row of rows) {
              const byStatus = expectedByStatus(row, moment);
              for (const [name, rule] of Object.entries(STATUS_FILTER_RULES)) {
                expect(rule.matches(row, moment), `status=${name} for ${JSON.stringify(row)} at ${now.toISOString()}`).toBe(byStatus[name]);
              }
            }
            const checks = Object.entries(RULES).flatMap(([name, rule]) => [
              { name, rule },
              { name: `not ${name}`, rule: noneOf(rule) },
            ]);
            const selected = await Promise.all(
              checks.map(({ rule }) =>
                db.item.findMany({ where: { AND: [rule.where(moment), { id: { in: ids } }] }, select: { id: true } }),
              ),
            );
            checks.forEach(({ name, rule }, index) => {
              const expected = rows.filter((row) => rule.matches(row, moment)).map((row) => row.id);
              const found = selected[index].map((row) => row.id);
              const describe = (id: string) => JSON.stringify(rows.find((row) => row.id === id));
              const missing = expected.filter((id) => !found.includes(id)).map(describe);
              const extra = found.filter((id) => !expected.includes(id)).map(describe);
              expect({ missing, extra }, `${name} at ${now.toISOString()} (window ${closingSoonDays} days)`).toEqual({
                missing: [],
                extra: [],
              });
            });
          }
        } finally {
          await db.item.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
        }
      }),
      { numRuns: 25 },
    );
  });
});
