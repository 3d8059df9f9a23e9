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
import { batchMoments, itemBatch, itemRow } from "../dev/testing/random-items";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";

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
      fc.asyncProperty(itemBatch(30), async (batch) => {
        const { closingSoonDays } = batch;
        const rows = batch.items.map((item) => ({ ...item, id: randomUUID() as string }));
        await db.item.createMany({ data: rows.map((row, index) => itemRow(row, { id: row.id, actorId, title: `Sak ${index}` })) });
        try {
          const instants = batchMoments(batch);
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
  }, 120_000);
});
