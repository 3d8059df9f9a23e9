import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createItem, createOrganisationRow, createResponseRow, createTopic, createUserRow } from "../dev/testing/factories";
import { isContentVersionHeld, LISTENER_APPLICATION_NAME, readContentVersion } from "./content-version";

describe("the content version", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  // As committed, read straight from the table.
  const version = async () =>
    (await database.db.$queryRawUnsafe<{ version: bigint }[]>(`SELECT "version" FROM "content_version"`))[0].version;

  it("rises once for a transaction that changes many rows, at its commit", async () => {
    const before = await version();
    const actor = await createActor(database.db);
    const topic = await createTopic(database.db);
    const afterTwo = await version();
    expect(afterTwo).toBe(before + 2n);
    await database.db.$transaction(async (tx) => {
      await createItem(tx as never, { actorId: actor.id, topicIds: [topic.id] });
      await createItem(tx as never, { actorId: actor.id });
      // Not yet: a reader sees the new version only together with the new rows.
      expect(await version()).toBe(afterTwo);
    });
    expect(await version()).toBe(afterTwo + 1n);
  });

  it("rises when an item, its topics, an actor, a topic or a source is changed or removed", async () => {
    const actor = await createActor(database.db);
    const topic = await createTopic(database.db);
    const item = await createItem(database.db, { actorId: actor.id, topicIds: [topic.id] });
    const changes: (() => Promise<unknown>)[] = [
      () => database.db.item.update({ where: { id: item.id }, data: { title: "Ny tittel" } }),
      () => database.db.itemTopic.deleteMany({ where: { itemId: item.id } }),
      () => database.db.actor.update({ where: { id: actor.id }, data: { name: "Nytt navn" } }),
      () => database.db.topic.update({ where: { id: topic.id }, data: { nameEn: "New name" } }),
      () => database.db.source.create({ data: { slug: "kilde-x", title: "Kilde" } }),
      () => database.db.item.delete({ where: { id: item.id } }),
      () => database.db.$executeRawUnsafe(`TRUNCATE "item_topic"`),
    ];
    for (const change of changes) {
      const before = await version();
      await change();
      expect(await version()).toBe(before + 1n);
    }
  });

  it("stays when only accounts and responses change: anonymous visitors see neither", async () => {
    const actor = await createActor(database.db);
    const item = await createItem(database.db, { actorId: actor.id });
    const before = await version();
    const organisation = await createOrganisationRow(database.db);
    await createUserRow(database.db, { organisationId: organisation.id });
    await createResponseRow(database.db, { itemId: item.id, organisationId: organisation.id, status: "ANSWERED" });
    expect(await version()).toBe(before);
  });

  it("is held in memory from the announcements, and read by a query while the listener is cut off", async () => {
    await readContentVersion(database.url);
    await expect.poll(() => isContentVersionHeld(database.url)).toBe(true);
    const actor = await createActor(database.db);
    const committed = await version();
    // Announced at commit: the held version follows within a second, without a query of its own.
    await expect.poll(() => readContentVersion(database.url), { timeout: 1_000, interval: 20 }).toBe(committed.toString());

    await database.db.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${LISTENER_APPLICATION_NAME}'`,
    );
    await expect.poll(() => isContentVersionHeld(database.url), { interval: 5 }).toBe(false);
    await database.db.actor.update({ where: { id: actor.id }, data: { name: "Endret mens lytteren var borte" } });
    // Until the listener is back, each read asks the database, so nothing stale is served.
    expect(await readContentVersion(database.url)).toBe((committed + 1n).toString());
    await expect.poll(() => isContentVersionHeld(database.url), { timeout: 5_000 }).toBe(true);
    expect(await readContentVersion(database.url)).toBe((committed + 1n).toString());
  });

  it("reads as null when the database does not answer", async () => {
    expect(await readContentVersion("postgresql://postgres:x@127.0.0.1:1/none")).toBeNull();
  });
});
