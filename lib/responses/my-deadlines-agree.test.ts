// "Mine frister" is one rule (mySectionFor) and its `where`s (my-deadlines.ts), both built
// from the date rules in lib/deadlines. For random items around the windows' edges, Oslo
// midnight and daylight saving, random response statuses and random moments, every item is
// in exactly the section the rule names, or in none.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../auth/viewer-types";
import { osloToday } from "../deadlines";
import { createActor, createOrganisationRow, createUserRow, viewerOf } from "../dev/testing/factories";
import { batchMoments, itemBatch, itemRow } from "../dev/testing/random-items";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { getMyDeadlines } from "./my-deadlines";
import { mySectionFor } from "./my-section-rule";
import { MY_SECTIONS, RESPONSE_STATUSES } from "./types";

const status = fc.option(fc.constantFrom(...RESPONSE_STATUSES), { nil: null });
const OVERDUE_DAYS = [1, 30, 60];

describe("Mine frister places every item where mySectionFor says", () => {
  let database: TestDatabase;
  let actorId: string;
  let organisationId: string;
  let otherOrganisationId: string;
  let member: Viewer;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    actorId = (await createActor(db)).id;
    organisationId = (await createOrganisationRow(db, { name: "Alfa" })).id;
    otherOrganisationId = (await createOrganisationRow(db, { name: "Beta" })).id;
    member = viewerOf(await createUserRow(db, { organisationId }));
  });
  afterAll(() => database.drop());

  it("for random items, statuses and moments", async () => {
    const db = database.db;
    const withStatuses = itemBatch(8).chain((batch) =>
      fc.record({
        batch: fc.constant(batch),
        own: fc.array(status, { minLength: batch.items.length, maxLength: batch.items.length }),
        others: fc.array(status, { minLength: batch.items.length, maxLength: batch.items.length }),
        overdueDays: fc.constantFrom(...OVERDUE_DAYS),
      }),
    );
    await fc.assert(
      fc.asyncProperty(withStatuses, async ({ batch, own, others, overdueDays }) => {
        const rows = batch.items.map((item, index) => ({ ...item, sentOn: null, id: randomUUID() as string, status: own[index] }));
        await db.item.createMany({ data: rows.map((row, index) => itemRow(row, { id: row.id, actorId, title: `Sak ${index}` })) });
        // Another organisation's answer must not move anything in this one's sections.
        const responses = rows.flatMap((row, index) => [
          ...(row.status ? [{ organisationId, itemId: row.id, status: row.status }] : []),
          ...(others[index] ? [{ organisationId: otherOrganisationId, itemId: row.id, status: others[index] }] : []),
        ]);
        await db.response.createMany({ data: responses });
        try {
          for (const now of batchMoments(batch)) {
            const options = { closingSoonDays: batch.closingSoonDays, overdueDays, previewSize: rows.length };
            const mine = await getMyDeadlines(db, member, now, options);
            const context = { now, today: osloToday(now), closingSoonDays: batch.closingSoonDays, overdueDays };
            for (const row of rows) {
              const placed = MY_SECTIONS.filter((section) => mine[section].entries.some((entry) => entry.item.id === row.id));
              const expected = mySectionFor(row, row.status, context);
              expect(placed, `${JSON.stringify(row)} at ${now.toISOString()}`).toEqual(expected ? [expected] : []);
            }
          }
        } finally {
          await db.item.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
