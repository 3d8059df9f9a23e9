// The import page's two steps against PostgreSQL: preview (reads only) and save (ticked rows).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorTexts } from "../i18n/problem-text";
import { getMessages } from "../i18n/messages";
import type { AppError } from "../errors";
import type { Viewer } from "../auth/viewer-types";
import { createActor, createTopic, createUserRow, viewerOf } from "../dev/testing/factories";
import { snapshotDatabase } from "../dev/testing/db-snapshot";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { makePdf } from "./fixtures/make-pdf";
import { serializeProposal } from "./import-schemas";
import { saveImportedItems } from "./mutations";
import { getImportPreview, type ImportPreview } from "./preview";
import { ImportInputError } from "./read-file";

const NOW = new Date("2025-01-10T11:00:00Z");
const NEWSLETTER = `Nyhetsbrev fra Testforum januar–mars 2025

Forslag om bedre vern av sesongarbeidere på høring

Arbeids- og inkluderingsdepartementet sendte 6. januar på høring forslag om bedre vern av sesongarbeidere, se her.

Høringsfrist er 7. april.

Utredning om tolketjenester på høring

Justis- og beredskapsdepartementet sendte 8. januar på høring NOU 2025:98 "Tolketjenester", se her.

Høringsfrist er 10. februar.

Fagdag om utnyttelse

RVTS Øst arrangerer fagdag om utnyttelse 12. mars kl. 09.00–15.30 i Oslo, se her.
`;

let database: TestDatabase;
let editor: Viewer;
beforeAll(async () => {
  database = await createTestDatabase();
  editor = viewerOf(await createUserRow(database.db, { role: "EDITOR" }));
});
afterAll(() => database.drop());

const preview = (text: string | null, file: { name: string; bytes: Uint8Array } | null = null) =>
  getImportPreview(database.db, editor, { text, file, asOf: null }, NOW);
const rowsOf = (p: ImportPreview, keys: string[]) =>
  p.rows
    .filter((r) => keys.includes(r.item.key))
    .map(({ item }) => ({
      key: item.key,
      title: item.title,
      sentOn: item.sentOn,
      deadline: item.deadline,
      startOn: item.startOn,
      endOn: item.endOn,
    }));
const json = (p: ImportPreview) => serializeProposal({ source: p.source, items: p.rows.map((r) => r.item) });
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError | ImportInputError,
  );

describe("importing from the page", () => {
  it("proposes the items unmarked, saves the ticked ones as edited, and proposes nothing new the second time", async () => {
    const first = await preview(NEWSLETTER);
    expect(first.source).toMatchObject({ title: "Nyhetsbrev fra Testforum januar–mars 2025", periodLabel: "januar–mars 2025" });
    expect(first.rows.map((r) => [r.item.kind, r.match])).toEqual([
      ["HEARING", null],
      ["HEARING", null],
      ["SEMINAR", null],
    ]);
    const [seasonal, interpreters, seminar] = first.rows.map((r) => r.item.key);
    const chosen = rowsOf(first, [seasonal, seminar]).map((row) =>
      row.key === seasonal
        ? { ...row, title: "Bedre vern av sesongarbeidere", url: "https://www.regjeringen.no/horing-sesongarbeidere" }
        : row,
    );
    const saved = await saveImportedItems(database.db, editor, { proposal: json(first), rows: chosen }, NOW);
    expect(saved).toMatchObject({ created: 2, skipped: 0 });
    // Each saved item comes back with its id, for the page's links to it; a corrected link is kept.
    const savedRows = await database.db.item.findMany({ where: { id: { in: saved.saved.map((s) => s.id) } } });
    expect(savedRows.map((i) => [i.title, i.url]).sort()).toEqual([
      ["Bedre vern av sesongarbeidere", "https://www.regjeringen.no/horing-sesongarbeidere"],
      ["Fagdag om utnyttelse", null],
    ]);
    const titles = (await database.db.item.findMany({ orderBy: { title: "asc" } })).map((i) => i.title);
    expect(titles).toEqual(["Bedre vern av sesongarbeidere", "Fagdag om utnyttelse"]);
    const audits = await database.db.auditEvent.findMany({ where: { action: "create" } });
    expect(audits.filter((a) => a.entityType === "item")).toHaveLength(2);
    expect(audits.every((a) => a.actorUserId === (editor.isSignedIn && editor.userId))).toBe(true);

    const second = await preview(NEWSLETTER);
    expect(second.rows.map((r) => r.match)).toEqual(["same source key", null, "same source key"]);
    const again = await saveImportedItems(database.db, editor, { proposal: json(second), rows: rowsOf(second, [seasonal, seminar]) }, NOW);
    expect(again).toEqual({ created: 0, skipped: 2, saved: [] });
    expect(await database.db.item.count()).toBe(2);
    expect(rowsOf(second, [interpreters])[0].title).toBe("Utredning om tolketjenester");
  });

  it("says what is wrong with a row, next to it, and saves nothing", async () => {
    const p = await preview(NEWSLETTER.replace(/Testforum/g, "Annet forum"));
    const [row] = rowsOf(p, [p.rows[1].item.key]);
    const before = await snapshotDatabase(database.db);
    const error = await errorOf(
      saveImportedItems(database.db, editor, { proposal: json(p), rows: [{ ...row, deadline: "2025-01-01" }] }, NOW),
    );
    expect(fieldErrorTexts((error as AppError).fieldErrors, getMessages("nb"))).toEqual({
      [`${row.key}.deadline`]: ["Fristen kan ikke være før datoen saken ble sendt."],
    });
    const blank = await errorOf(saveImportedItems(database.db, editor, { proposal: json(p), rows: [{ ...row, title: "" }] }, NOW));
    expect(fieldErrorTexts((blank as AppError).fieldErrors, getMessages("nb"))).toEqual({ [`${row.key}.title`]: ["Fyll inn en tittel."] });
    const none = await errorOf(saveImportedItems(database.db, editor, { proposal: json(p), rows: [] }, NOW));
    expect(none).toMatchObject({ code: "INVALID_INPUT", reason: "importNothingChosen" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("holds a proposal's times to the form's rule, and shows the problem at the day", async () => {
    const p = await preview(NEWSLETTER.replace(/Testforum/g, "Tidsforum"));
    const item = p.rows[0].item;
    const seminar = { ...item, kind: "SEMINAR" as const, sentOn: null, deadline: null, startOn: "2025-02-20", endOn: null };
    const proposal = serializeProposal({ source: p.source, items: [{ ...seminar, startTime: "14:00", endTime: "10:00" }] });
    const row = { key: item.key, title: item.title, sentOn: null, deadline: null, startOn: "2025-02-20", endOn: null };
    const before = await snapshotDatabase(database.db);
    const error = await errorOf(saveImportedItems(database.db, editor, { proposal, rows: [row] }, NOW));
    expect(fieldErrorTexts((error as AppError).fieldErrors, getMessages("nb"))).toEqual({
      [`${item.key}.endOn`]: ["Sluttiden må være etter starttiden."],
    });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("never trusts the proposals the form carried back", async () => {
    const p = await preview(NEWSLETTER);
    const row = rowsOf(p, [p.rows[0].item.key])[0];
    const items = p.rows.map((r) => r.item);
    const tampered = [
      { source: p.source, items: items.map((item) => ({ ...item, kind: "MEETING" })) },
      { source: p.source, items, extra: 1 },
    ];
    for (const proposal of ["{not json", ...tampered.map((t) => JSON.stringify(t))]) {
      expect(await errorOf(saveImportedItems(database.db, editor, { proposal, rows: [row] }, NOW))).toMatchObject({
        code: "INVALID_INPUT",
        reason: "importUnreadable",
      });
    }
    const unknown = await errorOf(
      saveImportedItems(database.db, editor, { proposal: json(p), rows: [{ ...row, key: "finnes-ikke" }] }, NOW),
    );
    expect(unknown).toMatchObject({ code: "INVALID_INPUT", reason: "importRowUnknown" });
  });

  it("refuses empty, binary and text-less input with a reason, before reading anything else", async () => {
    const reason = async (text: string | null, file: { name: string; bytes: Uint8Array } | null) =>
      ((await errorOf(preview(text, file))) as ImportInputError).reason;
    expect(await reason("  ", null)).toBe("no_file");
    expect(await reason(null, { name: "tom.txt", bytes: new Uint8Array() })).toBe("empty");
    expect(await reason(null, { name: "bilde.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) })).toBe("binary");
    expect(await reason(null, { name: "skannet.pdf", bytes: makePdf([{ lines: [] }]) })).toBe("pdf_no_text");
    expect(await reason(null, { name: "stor.txt", bytes: new Uint8Array(20 * 1024 * 1024 + 1).fill(65) })).toBe("too_large");
    const member = viewerOf(await createUserRow(database.db));
    expect(await errorOf(getImportPreview(database.db, member, { text: NEWSLETTER, file: null, asOf: null }, NOW))).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("saves a row under the actor and topics the editor chose, and refuses ones that do not exist", async () => {
    const p = await preview(NEWSLETTER.replace(/Testforum/g, "Tredje forum"));
    const [row] = rowsOf(p, [p.rows[1].item.key]);
    const actor = await createActor(database.db, { slug: "valgt-aktor", shortName: "VA", name: "Valgt aktør" });
    const topic = await createTopic(database.db, { slug: "valgt-tema", name: "Valgt tema" });
    const before = await snapshotDatabase(database.db);
    const missing = await errorOf(
      saveImportedItems(database.db, editor, { proposal: json(p), rows: [{ ...row, topicIds: [crypto.randomUUID()] }] }, NOW),
    );
    expect(missing).toMatchObject({ code: "INVALID_INPUT", reason: "topicUnknown" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    const saved = await saveImportedItems(
      database.db,
      editor,
      { proposal: json(p), rows: [{ ...row, actorId: actor.id, topicIds: [topic.id] }] },
      NOW,
    );
    const item = await database.db.item.findUniqueOrThrow({ where: { id: saved.saved[0].id }, include: { topics: true } });
    expect(item.actorId).toBe(actor.id);
    expect(item.topics.map((t) => t.topicId)).toEqual([topic.id]);
  });

  it("refuses a text that takes longer than the time limit to read, and changes nothing", async () => {
    const before = await snapshotDatabase(database.db);
    const slow = await errorOf(getImportPreview(database.db, editor, { text: NEWSLETTER.repeat(400), file: null, asOf: null }, NOW, 1));
    expect(slow).toBeInstanceOf(ImportInputError);
    expect((slow as ImportInputError).reason).toBe("too_slow");
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});
