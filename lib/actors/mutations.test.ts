// Actors and topics made on the fly, and two actors merged into one, against PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorTexts } from "../i18n/problem-text";
import { getMessages } from "../i18n/messages";
import type { AppError } from "../errors";
import type { Viewer } from "../auth/viewer-types";
import { createActor, createItem, createUserRow, viewerOf } from "../dev/testing/factories";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { findSlugAfterMerge, replaceMergedActorSlugs } from "./former-slugs";
import { createActor as createActorAs, mergeActors } from "./mutations";

const NOW = new Date("2025-01-10T11:00:00Z");
let database: TestDatabase;
let editor: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  editor = viewerOf(await createUserRow(database.db, { role: "EDITOR" }));
});
afterAll(() => database.drop());

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

/** Field problems as a Bokmål page shows them. */
const bokmal = (errors: Parameters<typeof fieldErrorTexts>[0] | undefined) => errors && fieldErrorTexts(errors, getMessages("nb"));

describe("actors and topics", () => {
  it("makes the slug from the name and refuses a second actor with the same slug", async () => {
    const actor = await createActorAs(database.db, editor, { name: "Justis- og beredskapsdepartementet", shortName: "JD" }, NOW);
    expect(actor.slug).toBe("justis-og-beredskapsdepartementet");
    const again = await errorOf(createActorAs(database.db, editor, { name: "justis- og BEREDSKAPSdepartementet" }, NOW));
    expect(again).toMatchObject({ code: "CONFLICT", reason: "ACTOR_NAME_TAKEN" });
    expect(bokmal((await errorOf(createActorAs(database.db, editor, { name: "" }, NOW)))?.fieldErrors)).toEqual({
      name: ["Fyll inn et navn."],
    });
    expect(bokmal((await errorOf(createActorAs(database.db, editor, { name: "!!!" }, NOW)))?.fieldErrors)).toEqual({
      name: ["Navnet må ha minst én bokstav eller ett tall."],
    });
    const row = await database.db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect([row.shortName, row.name]).toEqual(["JD", "Justis- og beredskapsdepartementet"]);
    expect(await database.db.auditEvent.count({ where: { entityType: "actor", entityId: actor.id, action: "create" } })).toBe(1);
  });
});

describe("mergeActors", () => {
  it("moves the duplicate's items to the actor kept, raises their versions and deletes the duplicate", async () => {
    const keep = await createActor(database.db, { slug: "bufdir" });
    const remove = await createActor(database.db, { slug: "barne-ungdoms-og-familiedirektoratet" });
    const moved = await createItem(database.db, { actorId: remove.id, title: "Flyttes" });
    const stays = await createItem(database.db, { actorId: keep.id, title: "Blir" });
    expect(await mergeActors(database.db, editor, { keepId: keep.id, removeId: remove.id }, NOW)).toEqual({ id: keep.id, slug: "bufdir" });
    const items = await database.db.item.findMany({ where: { id: { in: [moved.id, stays.id] } }, orderBy: { title: "asc" } });
    expect(items.map((i) => [i.title, i.actorId, i.version])).toEqual([
      ["Blir", keep.id, 0],
      ["Flyttes", keep.id, 1],
    ]);
    expect(await database.db.actor.findUnique({ where: { id: remove.id } })).toBeNull();
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { entityType: "actor", entityId: remove.id } });
    expect(audit.action).toBe("merge");
    expect(audit.changes).toMatchObject({
      slug: ["barne-ungdoms-og-familiedirektoratet", null],
      mergedInto: [null, "bufdir"],
      movedItems: [null, 1],
    });
  });

  it("keeps every field of the removed actor in the audit row, its slug leading on, and members' filters", async () => {
    const keep = await createActor(database.db, { slug: "kripos" });
    const other = await createActor(database.db, { slug: "politidirektoratet" });
    const remove = await database.db.actor.create({
      data: {
        slug: "nasjonal-enhet-for-bekjempelse-av-organisert-kriminalitet",
        shortName: "NEBOKK",
        name: "Nasjonal enhet for bekjempelse av organisert og annen alvorlig kriminalitet",
        nameEn: "National Criminal Investigation Service",
        type: "DIRECTORATE",
        url: "https://www.politiet.no/kripos",
      },
    });
    const earlier = await createActor(database.db, { slug: "kripos-gammel" });
    await mergeActors(database.db, editor, { keepId: remove.id, removeId: earlier.id }, NOW);
    const member = await createUserRow(database.db, { role: "MEMBER" });
    const both = await createUserRow(database.db, { role: "MEMBER" });
    const untouched = await createUserRow(database.db, { role: "MEMBER" });
    await database.db.reminderPreference.createMany({
      data: [
        { userId: member.id, actorSlugs: ["politidirektoratet", remove.slug] },
        { userId: both.id, actorSlugs: ["kripos", remove.slug, "politidirektoratet"] },
        { userId: untouched.id, actorSlugs: [other.slug] },
      ],
    });

    await mergeActors(database.db, editor, { keepId: keep.id, removeId: remove.id }, NOW);

    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { entityType: "actor", entityId: remove.id, action: "merge" } });
    expect(audit.changes).toEqual({
      slug: [remove.slug, null],
      shortName: ["NEBOKK", null],
      name: [remove.name, null],
      nameEn: ["National Criminal Investigation Service", null],
      type: ["DIRECTORATE", null],
      url: ["https://www.politiet.no/kripos", null],
      createdAt: [remove.createdAt.toISOString(), null],
      mergedInto: [null, "kripos"],
      movedItems: [null, 0],
      movedReminderFilters: [null, 2],
    });
    const filters = await database.db.reminderPreference.findMany({ where: { userId: { in: [member.id, both.id, untouched.id] } } });
    const filterOf = (id: string) => filters.find((row) => row.userId === id)?.actorSlugs;
    expect(filterOf(member.id)).toEqual(["politidirektoratet", "kripos"]);
    expect(filterOf(both.id)).toEqual(["kripos", "politidirektoratet"]);
    expect(filterOf(untouched.id)).toEqual(["politidirektoratet"]);
    // The slug merged earlier into the removed actor leads on to the one kept, too.
    expect(await findSlugAfterMerge(database.db, remove.slug)).toBe("kripos");
    expect(await findSlugAfterMerge(database.db, "kripos-gammel")).toBe("kripos");
    expect(await findSlugAfterMerge(database.db, "kripos")).toBeNull();
    expect(await replaceMergedActorSlugs(database.db, ["kripos-gammel", "kripos", "politidirektoratet"])).toEqual([
      "kripos",
      "politidirektoratet",
    ]);
    expect(await replaceMergedActorSlugs(database.db, ["politidirektoratet"])).toBeNull();
  });

  it("refuses to merge an actor with itself or with one that is gone", async () => {
    const actor = await createActor(database.db);
    expect(bokmal((await errorOf(mergeActors(database.db, editor, { keepId: actor.id, removeId: actor.id }, NOW)))?.fieldErrors)).toEqual({
      removeId: ["Velg to forskjellige aktører."],
    });
    const gone = "00000000-0000-0000-0000-000000000000";
    expect(bokmal((await errorOf(mergeActors(database.db, editor, { keepId: actor.id, removeId: gone }, NOW)))?.fieldErrors)).toEqual({
      removeId: ["Ukjent aktør."],
    });
  });
});
