import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFeedValidators } from "./feed-stamp";
import { ALL_ITEMS, type FeedFilter } from "./feed-scope";
import { createActor, createItem, createTopic } from "../dev/testing/factories";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { getFeedStamp, listFeedItems, type FeedTime } from "./feed-queries";

// 10 January 2025, noon in Oslo: history reaches back to 10 January 2024, and cancelled items
// stay when cancelled on or after 11 December 2024 (00:00 in Oslo = 23:00 UTC the day before).
const time: FeedTime = { now: new Date("2025-01-10T11:00:00Z"), historyMonths: 12 };
const settings = { baseUrl: "https://fristvakt.example", historyMonths: 12 };
const filter = (patch: Partial<FeedFilter>): FeedFilter => ({ ...ALL_ITEMS, ...patch });

describe("feed queries against PostgreSQL", () => {
  let database: TestDatabase;
  const titles = async (f: FeedFilter, t = time) => (await listFeedItems(database.db, f, t)).map((i) => i.title);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const jd = await createActor(db, { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" });
    const bfd = await createActor(db, { slug: "bfd", shortName: "BFD" });
    const trafficking = await createTopic(db, { slug: "menneskehandel", name: "Menneskehandel" });
    await createItem(db, { actorId: jd.id, deadline: "2025-06-01", title: "Kommende høring", topicIds: [trafficking.id] });
    await createItem(db, { actorId: bfd.id, deadline: "2024-01-10", title: "Frist på historiens første dag" });
    await createItem(db, { actorId: bfd.id, deadline: "2024-01-09", title: "Frist dagen før" });
    await createItem(db, {
      actorId: jd.id,
      kind: "SEMINAR",
      startOn: "2024-01-05",
      endOn: "2024-01-12",
      title: "Seminar som slutter innenfor",
    });
    await createItem(db, {
      actorId: jd.id,
      kind: "STRATEGY_INPUT",
      deadline: "2025-02-01",
      title: "Avlyst ved grensen",
      cancelledAt: new Date("2024-12-10T23:00:00Z"),
    });
    await createItem(db, {
      actorId: jd.id,
      deadline: "2025-02-01",
      title: "Avlyst sekundet før",
      cancelledAt: new Date("2024-12-10T22:59:59Z"),
    });
    await createItem(db, {
      actorId: bfd.id,
      kind: "SEMINAR",
      startOn: "2025-01-20",
      title: "Kommende seminar",
      topicIds: [trafficking.id],
    });
  });
  afterAll(() => database.drop());

  it("holds upcoming items and those of the last 12 months, and cancelled ones for 30 days", async () => {
    expect(await titles(ALL_ITEMS)).toEqual([
      "Seminar som slutter innenfor",
      "Frist på historiens første dag",
      "Kommende seminar",
      "Avlyst ved grensen",
      "Kommende høring",
    ]);
  });

  it("lets go of items as the days pass, and keeps more with a longer history", async () => {
    const nextDay = { ...time, now: new Date("2025-01-11T11:00:00Z") };
    expect(await titles(ALL_ITEMS, nextDay)).not.toContain("Frist på historiens første dag");
    expect(await titles(ALL_ITEMS, nextDay)).not.toContain("Avlyst ved grensen");
    expect(await titles(ALL_ITEMS, { ...time, historyMonths: 24 })).toContain("Frist dagen før");
  });

  it("filters by actor, topic and kind, and combines them", async () => {
    expect(await titles(filter({ actors: ["bfd"] }))).toEqual(["Frist på historiens første dag", "Kommende seminar"]);
    expect(await titles(filter({ topics: ["menneskehandel"] }))).toEqual(["Kommende seminar", "Kommende høring"]);
    expect(await titles(filter({ kinds: ["SEMINAR", "STRATEGY_INPUT"] }))).toEqual([
      "Seminar som slutter innenfor",
      "Kommende seminar",
      "Avlyst ved grensen",
    ]);
    expect(await titles(filter({ actors: ["jd", "bfd"], topics: ["menneskehandel"], kinds: ["HEARING"] }))).toEqual(["Kommende høring"]);
    expect(await titles(filter({ actors: ["bfd"], kinds: ["STRATEGY_INPUT"] }))).toEqual([]);
  });

  it("stamps a feed with the count of its items and their latest change, and names what is missing", async () => {
    const result = await getFeedStamp(database.db, filter({ actors: ["jd"], topics: ["menneskehandel"] }), time);
    if (!result.found) throw new Error("expected the feed to exist");
    expect(result.stamp.count).toBe(1);
    expect(result.stamp.names.actors).toEqual([{ slug: "jd", name: "Justis- og beredskapsdepartementet", shortName: "JD" }]);
    expect(result.stamp.names.topics).toEqual([{ slug: "menneskehandel", name: "Menneskehandel" }]);
    expect(await getFeedStamp(database.db, filter({ actors: ["jd", "finnes-ikke"] }), time)).toEqual({
      found: false,
      missing: { field: "actor", value: "finnes-ikke" },
    });
    expect(await getFeedStamp(database.db, filter({ topics: ["ukjent"] }), time)).toMatchObject({
      found: false,
      missing: { field: "topic" },
    });
  });

  it("gives new validators after an edit, a cancellation or a new day, and the same ones otherwise", async () => {
    const validatorsAt = async (t: FeedTime) => {
      const result = await getFeedStamp(database.db, ALL_ITEMS, t);
      if (!result.found) throw new Error("expected the feed to exist");
      return filterFeedValidators(ALL_ITEMS, result.stamp, result.window, settings);
    };
    const before = await validatorsAt(time);
    expect((await validatorsAt(time)).etag).toBe(before.etag);
    expect((await validatorsAt({ ...time, now: new Date("2025-01-10T22:59:00Z") })).etag).toBe(before.etag);
    expect((await validatorsAt({ ...time, now: new Date("2025-01-10T23:00:00Z") })).etag).not.toBe(before.etag);

    const item = await database.db.item.findFirstOrThrow({ where: { title: "Kommende høring" } });
    await database.db.item.update({ where: { id: item.id }, data: { title: "Kommende høring (flyttet)", version: { increment: 1 } } });
    const edited = await validatorsAt(time);
    expect(edited.etag).not.toBe(before.etag);
    expect(edited.lastModified.getTime()).toBeGreaterThanOrEqual(before.lastModified.getTime());

    await database.db.item.update({ where: { id: item.id }, data: { cancelledAt: new Date("2025-01-10T10:00:00Z") } });
    expect((await validatorsAt(time)).etag).not.toBe(edited.etag);
  });

  it("reads a feed in batches that join up in feed order, none repeated, none left out", async () => {
    const whole = await listFeedItems(database.db, ALL_ITEMS, time);
    for (const batchSize of [1, 2, 3, whole.length, whole.length + 1]) {
      const batched = await listFeedItems(database.db, ALL_ITEMS, time, batchSize);
      expect(batched.map((item) => item.id)).toEqual(whole.map((item) => item.id));
    }
  });
});
