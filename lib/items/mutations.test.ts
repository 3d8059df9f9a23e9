// Creating, editing, cancelling and restoring items against PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorTexts } from "../i18n/problem-text";
import { getMessages } from "../i18n/messages";
import { getLatestDeadlineChange } from "../audit/deadline-change";
import { AppError } from "../errors";
import { createActor, createItem, createTopic, createUserRow, viewerOf } from "../dev/testing/factories";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import type { Viewer } from "../auth/viewer-types";
import { toCalendarDate } from "../model/calendar-date";
import { cancelItem, createItem as createItemAs, restoreItem, updateItem } from "./mutations";
import type { ItemInput } from "./schemas";

const NOW = new Date("2025-01-10T11:00:00Z");
let database: TestDatabase;
let editor: Viewer;
let actorId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  editor = viewerOf(await createUserRow(database.db, { role: "EDITOR" }));
  actorId = (await createActor(database.db, { slug: "jd", shortName: "JD" })).id;
});
afterAll(() => database.drop());

const hearing = (patch: Partial<ItemInput> = {}): ItemInput => ({
  kind: "HEARING",
  title: "Høring om barnevern",
  actorId,
  sentOn: "2024-10-16",
  deadline: "2025-01-17",
  ...patch,
});
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );
const audits = (entityId: string) => database.db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });

/** Field problems as a Bokmål page shows them. */
const bokmal = (errors: Parameters<typeof fieldErrorTexts>[0] | undefined) => errors && fieldErrorTexts(errors, getMessages("nb"));

describe("createItem", () => {
  it("says in Norwegian what is wrong, next to the field", async () => {
    const fields = async (input: ItemInput) => bokmal((await errorOf(createItemAs(database.db, editor, input, NOW)))?.fieldErrors);
    expect(await fields(hearing({ title: "  " }))).toEqual({ title: ["Fyll inn en tittel."] });
    // PostgreSQL refuses a NUL (22021); a lone surrogate would be kept as "�".
    expect(await fields(hearing({ title: "Høring\u0000" }))).toEqual({ title: [getMessages("nb").problems.fields.unstorableText] });
    expect(await fields(hearing({ summary: "Om \uD83D barn" }))).toEqual({ summary: [getMessages("nb").problems.fields.unstorableText] });
    expect(await fields(hearing({ deadline: "2024-10-15" }))).toEqual({ deadline: ["Fristen kan ikke være før datoen saken ble sendt."] });
    expect(await fields(hearing({ deadline: "" }))).toEqual({ deadline: ["Fyll inn høringsfristen."] });
    expect(await fields(hearing({ kind: "DEADLINE", deadline: null }))).toEqual({ deadline: ["Fyll inn fristen."] });
    expect(await fields(hearing({ url: "regjeringen.no/horing" }))).toEqual({ url: ["Skriv en hel lenke som begynner med https://."] });
    expect(await fields(hearing({ deadline: "2025-02-30" }))).toEqual({ deadline: ["Skriv datoen som ÅÅÅÅ-MM-DD."] });
    expect(await fields(hearing({ actorId: null }))).toEqual({ actorId: ["Velg en aktør, eller skriv navnet på en ny."] });
    const seminar = { kind: "SEMINAR" as const, deadline: null, sentOn: null };
    expect(await fields(hearing({ ...seminar }))).toEqual({ startOn: ["Fyll inn første dag."] });
    expect(await fields(hearing({ ...seminar, startOn: "2025-03-05", endOn: "2025-03-04" }))).toEqual({
      endOn: ["Siste dag kan ikke være før første dag."],
    });
    expect(await fields(hearing({ ...seminar, startOn: "2025-03-05", startTime: "15:00", endTime: "09:00" }))).toEqual({
      endTime: ["Sluttiden må være etter starttiden."],
    });
    expect(await errorOf(createItemAs(database.db, editor, { ...hearing(), owner: "x" } as ItemInput, NOW))).toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await database.db.item.count()).toBe(0);
  });

  it("saves a seminar with Oslo times as instants, a new actor and topic, and an audit row", async () => {
    const saved = await createItemAs(
      database.db,
      editor,
      {
        kind: "SEMINAR",
        title: "Fagdag om utnyttelse",
        actorId: null,
        newActorName: "Kirkens Bymisjon",
        newTopicName: "Barn og unge",
        startOn: "2025-03-31",
        startTime: "09:30",
        endTime: "15:30",
        location: "Oslo",
        isOnline: "on",
        deadline: "2025-01-01",
      },
      NOW,
    );
    const row = await database.db.item.findUniqueOrThrow({
      where: { id: saved.id },
      include: { actor: true, topics: { include: { topic: true } } },
    });
    expect(row.startAt?.toISOString()).toBe("2025-03-31T07:30:00.000Z");
    expect(row.endAt?.toISOString()).toBe("2025-03-31T13:30:00.000Z");
    expect([toCalendarDate(row.dueOn), toCalendarDate(row.lastOn), row.deadline, row.isOnline]).toEqual([
      "2025-03-31",
      "2025-03-31",
      null,
      true,
    ]);
    expect(row.actor.slug).toBe("kirkens-bymisjon");
    expect(row.topics.map((t) => t.topic.slug)).toEqual(["barn-og-unge"]);
    const [audit] = await audits(saved.id);
    expect(audit).toMatchObject({ entityType: "item", action: "create", actorUserId: editor.isSignedIn ? editor.userId : "" });
    expect(audit.changes).toMatchObject({
      title: [null, "Fagdag om utnyttelse"],
      actor: [null, "kirkens-bymisjon"],
      startOn: [null, "2025-03-31"],
    });
    expect(await database.db.auditEvent.count({ where: { entityType: { in: ["actor", "topic"] }, action: "create" } })).toBe(2);
  });
});

describe("updateItem", () => {
  it("raises the version, derives the dates again and records the deadline move", async () => {
    const topic = await createTopic(database.db);
    const { id, version } = await createItemAs(database.db, editor, hearing({ title: "Forlenges" }), NOW);
    const saved = await updateItem(
      database.db,
      editor,
      { ...hearing({ title: "Forlenges", deadline: "2025-01-31", topicIds: [topic.id] }), id, version },
      NOW,
    );
    expect(saved.version).toBe(version + 1);
    const row = await database.db.item.findUniqueOrThrow({ where: { id } });
    expect([toCalendarDate(row.deadline!), toCalendarDate(row.dueOn), toCalendarDate(row.lastOn)]).toEqual([
      "2025-01-31",
      "2025-01-31",
      "2025-01-31",
    ]);
    const [, update] = await audits(id);
    expect(update.changes).toEqual({ deadline: ["2025-01-17", "2025-01-31"], topics: [null, topic.slug] });
    expect(await getLatestDeadlineChange(database.db, id)).toEqual({ from: "2025-01-17", to: "2025-01-31", direction: "extended" });

    await updateItem(database.db, editor, { ...hearing({ title: "Forlenges", deadline: "2025-01-24" }), id, version: saved.version }, NOW);
    expect(await getLatestDeadlineChange(database.db, id)).toMatchObject({
      from: "2025-01-31",
      to: "2025-01-24",
      direction: "brought_forward",
    });
    expect(await getLatestDeadlineChange(database.db, "not-a-uuid")).toBeNull();
  });

  it("changes nothing when nothing changed, even from an old form", async () => {
    const { id, version } = await createItemAs(database.db, editor, hearing({ title: "Uendret" }), NOW);
    expect(await updateItem(database.db, editor, { ...hearing({ title: "Uendret" }), id, version }, NOW)).toEqual({ id, version });
    expect(await audits(id)).toHaveLength(1);
  });

  it("lets one of two saves from the same version win; the other is a conflict", async () => {
    const { id, version } = await createItemAs(database.db, editor, hearing({ title: "Samtidig" }), NOW);
    const results = await Promise.all(
      ["2025-02-01", "2025-02-02"].map((deadline) =>
        errorOf(updateItem(database.db, editor, { ...hearing({ title: "Samtidig", deadline }), id, version }, NOW)),
      ),
    );
    const conflicts = results.filter((r) => r !== null);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION" });
    expect((await database.db.item.findUniqueOrThrow({ where: { id } })).version).toBe(version + 1);
    expect(await audits(id)).toHaveLength(2);
    const stale = await errorOf(
      updateItem(database.db, editor, { ...hearing({ title: "Samtidig", deadline: "2025-03-01" }), id, version }, NOW),
    );
    expect(stale).toMatchObject({ code: "CONFLICT" });
  });

  it("answers NOT_FOUND for an item that does not exist", async () => {
    const missing = "00000000-0000-0000-0000-000000000000";
    expect(await errorOf(updateItem(database.db, editor, { ...hearing(), id: missing, version: 0 }, NOW))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("cancelItem and restoreItem", () => {
  it("cancel with a reason and restore, each raising the version with an audit row", async () => {
    const item = await createItem(database.db, { actorId, title: "Avlyses" });
    expect(bokmal((await errorOf(cancelItem(database.db, editor, { id: item.id, version: 0, reason: " " }, NOW)))?.fieldErrors)).toEqual({
      reason: ["Skriv hvorfor saken er avlyst."],
    });
    const cancelled = await cancelItem(database.db, editor, { id: item.id, version: 0, reason: "Utsatt til høsten" }, NOW);
    const row = await database.db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect([row.cancelledAt?.toISOString(), row.cancelReason, row.version]).toEqual([NOW.toISOString(), "Utsatt til høsten", 1]);
    expect(await errorOf(cancelItem(database.db, editor, { id: item.id, version: 1, reason: "igjen" }, NOW))).toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await errorOf(restoreItem(database.db, editor, { id: item.id, version: 0 }, NOW))).toMatchObject({ code: "CONFLICT" });
    expect(await restoreItem(database.db, editor, { id: item.id, version: cancelled.version }, NOW)).toEqual({ id: item.id, version: 2 });
    expect((await database.db.item.findUniqueOrThrow({ where: { id: item.id } })).cancelledAt).toBeNull();
    const rows = await audits(item.id);
    expect(rows.map((r) => [r.action, r.changes])).toEqual([
      ["cancel", { cancelledAt: [null, NOW.toISOString()], cancelReason: [null, "Utsatt til høsten"] }],
      ["restore", { cancelledAt: [NOW.toISOString(), null], cancelReason: ["Utsatt til høsten", null] }],
    ]);
  });
});
