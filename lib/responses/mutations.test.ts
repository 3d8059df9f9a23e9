import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { countAuditEvents, snapshotDatabase } from "../dev/testing/db-snapshot";
import { createActor, createItem, createOrganisationRow, createUserRow, viewerOf } from "../dev/testing/factories";
import type { Viewer } from "../auth/viewer-types";
import { markResponse, removeResponse } from "./mutations";

// 10 January 2025, noon in Oslo.
const NOW = new Date("2025-01-10T11:00:00Z");

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("markResponse and removeResponse", () => {
  let database: TestDatabase;
  let memberA: Viewer;
  let otherMemberA: Viewer;
  let memberB: Viewer;
  let actorId: string;
  const newItem = async (deadline = "2025-01-17") => (await createItem(database.db, { actorId, deadline })).id;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const [a, b] = [await createOrganisationRow(db), await createOrganisationRow(db)];
    memberA = viewerOf(await createUserRow(db, { organisationId: a.id }));
    otherMemberA = viewerOf(await createUserRow(db, { organisationId: a.id }));
    memberB = viewerOf(await createUserRow(db, { organisationId: b.id }));
    actorId = (await createActor(db)).id;
  });
  afterAll(() => database.drop());

  it("creates, then updates, one row per organisation and item, each change with one audit row", async () => {
    const itemId = await newItem();
    const audits = await countAuditEvents(database.db);
    const first = await markResponse(database.db, memberA, { itemId, status: "IN_PROGRESS", version: null }, NOW);
    expect(first).toMatchObject({ status: "IN_PROGRESS", version: 0, answeredOn: null, note: null });
    const second = await markResponse(
      database.db,
      memberA,
      { itemId, status: "ANSWERED", answeredOn: "2025-01-09", answerUrl: "https://example.org/svar", note: "", version: "0" },
      NOW,
    );
    expect(second).toMatchObject({ id: first.id, status: "ANSWERED", answeredOn: "2025-01-09", note: null, version: 1 });
    expect(await database.db.response.count({ where: { itemId } })).toBe(1);
    expect(await countAuditEvents(database.db)).toBe(audits + 2);
    const update = await database.db.auditEvent.findFirstOrThrow({ where: { entityId: first.id, action: "update" } });
    expect(update).toMatchObject({ entityType: "response", actorUserId: memberA.isSignedIn && memberA.userId, at: NOW });
    expect(update.changes).toEqual({
      status: ["IN_PROGRESS", "ANSWERED"],
      answeredOn: [null, "2025-01-09"],
      answerUrl: [null, "https://example.org/svar"],
    });
  });

  it("treats saving what is already stored as done: no new version, no audit row", async () => {
    const itemId = await newItem();
    await markResponse(database.db, memberA, { itemId, status: "PLANNED", version: null }, NOW);
    const before = await snapshotDatabase(database.db);
    const again = await markResponse(database.db, memberA, { itemId, status: "PLANNED", version: null }, NOW);
    expect(again.version).toBe(0);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("refuses a save based on a stale version and leaves the database as it was", async () => {
    const itemId = await newItem();
    await markResponse(database.db, memberA, { itemId, status: "PLANNED", version: null }, NOW);
    await markResponse(database.db, otherMemberA, { itemId, status: "IN_PROGRESS", version: 0 }, NOW);
    const before = await snapshotDatabase(database.db);
    const stale = markResponse(database.db, memberA, { itemId, status: "DECLINED", version: 0 }, NOW);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION" });
    expect(await codeOf(markResponse(database.db, memberA, { itemId, status: "DECLINED", version: null }, NOW))).toBe("CONFLICT");
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("lets exactly one of two writers on the same version win", async () => {
    const itemId = await newItem();
    await markResponse(database.db, memberA, { itemId, status: "PLANNED", version: null }, NOW);
    const audits = await countAuditEvents(database.db);
    const results = await Promise.all([
      codeOf(markResponse(database.db, memberA, { itemId, status: "ANSWERED", version: 0 }, NOW)),
      codeOf(markResponse(database.db, otherMemberA, { itemId, status: "DECLINED", version: 0 }, NOW)),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    const row = await database.db.response.findFirstOrThrow({ where: { itemId } });
    expect(row.version).toBe(1);
    expect(await countAuditEvents(database.db)).toBe(audits + 1);
  });

  it("lets exactly one of two first saves win, leaving one row", async () => {
    const itemId = await newItem();
    const results = await Promise.all([
      codeOf(markResponse(database.db, memberA, { itemId, status: "ANSWERED", version: null }, NOW)),
      codeOf(markResponse(database.db, otherMemberA, { itemId, status: "DECLINED", version: null }, NOW)),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await database.db.response.count({ where: { itemId } })).toBe(1);
  });

  it("wants an internal deadline before the official one, and an answer date only when answered and not after today", async () => {
    const itemId = await newItem("2025-01-17");
    const before = await snapshotDatabase(database.db);
    const onDeadline = markResponse(
      database.db,
      memberA,
      { itemId, status: "PLANNED", internalDeadline: "2025-01-17", version: null },
      NOW,
    );
    await expect(onDeadline).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { internalDeadline: [{ reason: "internalDeadlineAfterDeadline" }] },
    });
    const future = markResponse(database.db, memberA, { itemId, status: "ANSWERED", answeredOn: "2025-01-11", version: null }, NOW);
    await expect(future).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { answeredOn: [{ reason: "answeredInFuture" }] } });
    const unanswered = markResponse(database.db, memberA, { itemId, status: "IN_PROGRESS", answeredOn: "2025-01-09", version: null }, NOW);
    await expect(unanswered).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { answeredOn: [{ reason: "answeredOnWithoutAnswer" }] },
    });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    const ok = await markResponse(database.db, memberA, { itemId, status: "PLANNED", internalDeadline: "2025-01-16", version: null }, NOW);
    expect(ok.internalDeadline).toBe("2025-01-16");
  });

  it("refuses unknown keys, an organisationId from the client, and bad values", async () => {
    const itemId = await newItem();
    const sneaky = { itemId, status: "ANSWERED", version: null, organisationId: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb" };
    expect(await codeOf(markResponse(database.db, memberA, sneaky as never, NOW))).toBe("INVALID_INPUT");
    expect(await codeOf(markResponse(database.db, memberA, { itemId, status: "DONE" as never, version: null }, NOW))).toBe("INVALID_INPUT");
    const script = { itemId, status: "ANSWERED" as const, answerUrl: "javascript:alert(1)", version: null };
    expect(await codeOf(markResponse(database.db, memberA, script, NOW))).toBe("INVALID_INPUT");
    const missing = { itemId: "99999999-9999-4999-8999-999999999999", status: "ANSWERED" as const, version: null };
    expect(await codeOf(markResponse(database.db, memberA, missing, NOW))).toBe("NOT_FOUND");
  });

  it("keeps organisations apart: B's save never touches A's row, and B cannot remove it", async () => {
    const itemId = await newItem();
    const mine = await markResponse(database.db, memberA, { itemId, status: "ANSWERED", version: null }, NOW);
    await markResponse(database.db, memberB, { itemId, status: "PLANNED", version: null }, NOW);
    expect(await database.db.response.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: "ANSWERED", version: 0 });
    const before = await snapshotDatabase(database.db);
    await removeResponse(database.db, memberB, { itemId, version: 0 }, NOW);
    expect(await codeOf(removeResponse(database.db, memberB, { itemId, version: 0 }, NOW))).toBe("NOT_FOUND");
    expect(await database.db.response.findUnique({ where: { id: mine.id } })).not.toBeNull();
    expect((await snapshotDatabase(database.db)).response.rows).toBe(before.response.rows - 1);
  });

  it("removes a response only at the version the form showed, with one audit row", async () => {
    const itemId = await newItem();
    const response = await markResponse(database.db, memberA, { itemId, status: "PLANNED", version: null }, NOW);
    expect(await codeOf(removeResponse(database.db, memberA, { itemId, version: 3 }, NOW))).toBe("CONFLICT");
    const audits = await countAuditEvents(database.db);
    await removeResponse(database.db, memberA, { itemId, version: 0 }, NOW);
    expect(await database.db.response.findUnique({ where: { id: response.id } })).toBeNull();
    expect(await countAuditEvents(database.db)).toBe(audits + 1);
  });
  it("follows an item with a responsible colleague from the same organisation only", async () => {
    const itemId = await newItem("2025-03-01");
    const colleagueId = otherMemberA.isSignedIn ? otherMemberA.userId : "";
    const saved = await markResponse(
      database.db,
      memberA,
      { itemId, status: "FOLLOWING", responsibleUserId: colleagueId, version: null },
      NOW,
    );
    expect(saved).toMatchObject({ status: "FOLLOWING", responsibleUserId: colleagueId });
    expect(saved.responsibleName).toBeTruthy();
    const outsiderId = memberB.isSignedIn ? memberB.userId : "";
    expect(
      await codeOf(markResponse(database.db, memberA, { itemId, status: "PLANNED", responsibleUserId: outsiderId, version: "0" }, NOW)),
    ).toBe("INVALID_INPUT");
    expect((await database.db.response.findFirstOrThrow({ where: { itemId } })).responsibleUserId).toBe(colleagueId);
    const cleared = await markResponse(database.db, memberA, { itemId, status: "PLANNED", responsibleUserId: "", version: "0" }, NOW);
    expect(cleared).toMatchObject({ responsibleUserId: null, version: 1 });
  });

  it("takes an answer link typed as www.… as https", async () => {
    const itemId = await newItem();
    const saved = await markResponse(
      database.db,
      memberA,
      { itemId, status: "ANSWERED", answerUrl: "www.example.org/svar.pdf", version: null },
      NOW,
    );
    expect(saved.answerUrl).toBe("https://www.example.org/svar.pdf");
    expect(
      await codeOf(markResponse(database.db, memberA, { itemId, status: "ANSWERED", answerUrl: "javascript:alert(1)", version: "0" }, NOW)),
    ).toBe("INVALID_INPUT");
  });
});
