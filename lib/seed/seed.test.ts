import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsletters } from "../../prisma/seed-data";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { describeStarterData, seedIfEmpty, seedNewsletters, seedStarterData } from "./seed";

describe("seeding the newsletters", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const expected = newsletters.reduce((sum, n) => sum + n.items.length, 0);

  it("loads every item of both newsletters into an empty database", async () => {
    expect(await seedIfEmpty(database.db)).toBe(expected);
    expect(await database.db.item.count()).toBe(expected);
    expect(await database.db.item.count({ where: { kind: "HEARING" } })).toBe(10);
    const nou = await database.db.item.findFirstOrThrow({ where: { reference: "NOU 2024:17" }, include: { actor: true, source: true } });
    expect(nou.deadline?.toISOString().slice(0, 10)).toBe("2025-01-17");
    expect(nou.sentOn?.toISOString().slice(0, 10)).toBe("2024-10-16");
    expect(nou.actor.shortName).toBe("DFD");
    expect(nou.source?.slug).toBe("kom-nyhetsbrev-2024-q4");
  });

  it("saves nothing twice and never touches a database that already holds items", async () => {
    await database.db.item.updateMany({ where: { reference: "NOU 2024:17" }, data: { title: "Endret av en redaktør" } });
    expect(await seedNewsletters(database.db)).toBe(0);
    expect(await seedIfEmpty(database.db)).toBe(0);
    expect(await database.db.item.count()).toBe(expected);
    expect(await database.db.item.count({ where: { title: "Endret av en redaktør" } })).toBe(1);
  });
});

describe("a new installation's starter data", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("loads the items and the national sources once, as npm start and npm run db:seed both do", async () => {
    const expected = newsletters.reduce((sum, n) => sum + n.items.length, 0);
    const first = await seedStarterData(database.db, { everyItem: false });
    expect(first).toEqual({ items: expected, sources: 2 });
    expect(describeStarterData(first)).toEqual([
      `Loaded ${expected} items from the KOM newsletters.`,
      "Added the national sources: regjeringen.no's hearings and Stortinget's committee hearings.",
    ]);
    expect(await database.db.polledSource.count()).toBe(2);
    const again = await seedStarterData(database.db, { everyItem: true });
    expect(again).toEqual({ items: 0, sources: 0 });
    expect(describeStarterData(again)).toEqual([]);
  });
});
