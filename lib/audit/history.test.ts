import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createItem, createOrganisationRow, createUserRow, viewerOf } from "../dev/testing/factories";
import { ANONYMOUS } from "../auth/viewer-types";
import { diffRecords, getDeadlineChange } from "./changes";
import { getItemHistory } from "./history";
import { recordAuditEvent, recordAuditEventIfChanged } from "./record";

describe("audit changes", () => {
  it("records only what differs, with null for a side that did not exist", () => {
    expect(diffRecords({ a: 1, b: "x" }, { a: 1, b: "y", c: null })).toEqual({ b: ["x", "y"] });
    expect(diffRecords(null, { a: 1, b: null })).toEqual({ a: [null, 1] });
    expect(diffRecords({ a: 1 }, null)).toEqual({ a: [1, null] });
  });

  it("reads a deadline move as extended or brought forward", () => {
    expect(getDeadlineChange({ deadline: ["2025-01-17", "2025-01-31"] })).toEqual({
      from: "2025-01-17",
      to: "2025-01-31",
      direction: "extended",
    });
    expect(getDeadlineChange({ deadline: ["2025-01-31", "2025-01-17"] })?.direction).toBe("brought_forward");
    expect(getDeadlineChange({ deadline: [null, "2025-01-17"] })).toBeNull();
    expect(getDeadlineChange({ title: ["a", "b"] })).toBeNull();
  });
});

describe("getItemHistory", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("shows editors and admins an item's changes, newest first, with who made them", async () => {
    const db = database.db;
    const editorRow = await createUserRow(db, { role: "EDITOR", name: "Eva Editor" });
    const item = await createItem(db, { actorId: (await createActor(db)).id });
    const event = (at: string, changes: Record<string, [string | null, string | null]>, actorUserId: string | null) => ({
      at: new Date(at),
      actorUserId,
      entityType: "item" as const,
      entityId: item.id,
      action: "update",
      changes,
    });
    await db.$transaction(async (tx) => {
      await recordAuditEvent(tx, event("2025-01-02T10:00:00Z", { deadline: ["2025-01-17", "2025-01-31"] }, editorRow.id));
      await recordAuditEvent(tx, event("2025-01-03T10:00:00Z", { title: ["Gammel", "Ny"] }, null));
      expect(await recordAuditEventIfChanged(tx, event("2025-01-04T10:00:00Z", {}, null))).toBe(false);
    });
    const history = await getItemHistory(db, viewerOf(editorRow), item.id);
    expect(history.map((h) => [h.actorName, h.changes])).toEqual([
      [null, { title: ["Gammel", "Ny"] }],
      ["Eva Editor", { deadline: ["2025-01-17", "2025-01-31"] }],
    ]);
    const admin = viewerOf(await createUserRow(db, { role: "ADMIN" }));
    expect(await getItemHistory(db, admin, item.id)).toHaveLength(2);
    expect(await getItemHistory(db, admin, "not-a-uuid")).toEqual([]);
    const member = viewerOf(await createUserRow(db, { organisationId: (await createOrganisationRow(db)).id }));
    await expect(getItemHistory(db, member, item.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getItemHistory(db, ANONYMOUS, item.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
