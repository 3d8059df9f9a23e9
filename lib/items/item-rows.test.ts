import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createItem, createTopic } from "../dev/testing/factories";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { loadItemViews } from "./item-rows";
import { getItem } from "./queries";

describe("loadItemViews", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("gives each item exactly as the Prisma query does, in the order of the ids asked for", async () => {
    const db = database.db;
    const actor = await createActor(db, { name: "Justis- og beredskapsdepartementet", shortName: "JD" });
    const [b, a] = [await createTopic(db, { name: "Barn" }), await createTopic(db, { name: "Arbeid" })];
    const source = await db.source.create({ data: { slug: "kom-2024", title: "KOM nyhetsbrev 2024" } });
    const hearing = await createItem(db, {
      actorId: actor.id,
      title: "Høring «med» æøå",
      reference: "NOU 2024:17",
      sentOn: "2024-11-01",
      deadline: "2025-01-17",
      topicIds: [b.id, a.id],
    });
    await db.item.update({ where: { id: hearing.id }, data: { sourceId: source.id, sourceKey: "k1", sourceExcerpt: "utdrag" } });
    const seminar = await createItem(db, {
      actorId: actor.id,
      kind: "SEMINAR",
      startOn: "2025-02-03",
      startAt: new Date("2025-02-03T08:00:00Z"),
      endAt: new Date("2025-02-03T14:30:00Z"),
      cancelledAt: new Date("2025-01-05T10:00:00Z"),
    });
    const ids = [seminar.id, "00000000-0000-4000-8000-000000000000", hearing.id];
    const loaded = await loadItemViews(db, ids);
    expect(loaded.map((item) => item.id)).toEqual([seminar.id, hearing.id]);
    expect(loaded[0]).toEqual(await getItem(db, seminar.id));
    expect(loaded[1]).toEqual(await getItem(db, hearing.id));
    expect(loaded[1].topics.map((topic) => topic.name)).toEqual(["Arbeid", "Barn"]);
    expect(loaded[1].source).toEqual({ slug: "kom-2024", title: "KOM nyhetsbrev 2024" });
    expect(await loadItemViews(db, [])).toEqual([]);
  });
});
