// Editors' decisions on proposals: who may make them, once, and what the item keeps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createUserRow, viewerOf } from "../dev/testing/factories";
import { toCalendarDateOrNull } from "../model/calendar-date";
import { ANONYMOUS } from "../auth/viewer-types";
import { applyEntries } from "./apply-entries";
import type { SourceEntry } from "./entry";
import { acceptProposal, rejectProposal } from "./proposal-mutations";
import { getPendingProposal } from "./proposal-queries";
import { addTestSource } from "./test-support";

let t: TestDatabase;
const now = new Date("2026-12-03T12:00:00+01:00");

function entry(key: string, patch: Partial<SourceEntry> = {}): SourceEntry {
  return {
    key,
    kind: "HEARING",
    title: `Høring om vern av sesongarbeidere ${key}`,
    reference: "26/1234",
    issuerName: "Arbeids- og inkluderingsdepartementet",
    sentOn: "2026-12-01",
    deadline: "2027-03-01",
    startOn: null,
    endOn: null,
    startAt: null,
    endAt: null,
    location: null,
    isOnline: false,
    url: `https://høring.example.org/${key}/`,
    summary: "Forslag om bedre vern.",
    cancelled: false,
    statusText: "På høring",
    sourceText: "Høringsfrist: 01.03.2027",
    reviewReason: null,
    attribution: null,
    ...patch,
  };
}

const form = (title: string, deadline: string) => ({
  kind: "HEARING" as const,
  title,
  newActorName: "Arbeids- og inkluderingsdepartementet",
  topicIds: [],
  deadline,
  url: null,
});

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t.drop();
});

describe("accepting and rejecting proposals", () => {
  it("is for editors only, and happens once", async () => {
    const source = await addTestSource(t.db, { type: "regjeringen", url: "https://høring.example.org/rss-1", mode: "review" }, now);
    await applyEntries(t.db, source, [{ entry: entry("a1"), fingerprint: "f" }], now);
    const proposal = await t.db.sourceProposal.findFirstOrThrow({ where: { polledSourceId: source.id } });
    const member = viewerOf(
      await createUserRow(t.db, {
        role: "MEMBER",
        organisationId: (await t.db.organisation.create({ data: { name: "Org a1", slug: "org-a1" } })).id,
      }),
    );
    const editor = viewerOf(await createUserRow(t.db, { role: "EDITOR" }));

    await expect(acceptProposal(t.db, member, proposal.id, form("X", "2027-03-01"), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rejectProposal(t.db, ANONYMOUS, proposal.id, now)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(acceptProposal(t.db, editor, "not-an-id", form("X", "2027-03-01"), now)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { itemId } = await acceptProposal(t.db, editor, proposal.id, form("Sesongarbeidere: bedre vern", "2027-03-01"), now);
    await expect(rejectProposal(t.db, editor, proposal.id, now)).rejects.toMatchObject({ code: "CONFLICT" });
    const item = await t.db.item.findUniqueOrThrow({ where: { id: itemId } });
    expect(item.polledSourceId).toBe(source.id);
    expect(item.polledKey).toBe("a1");
    expect(
      await t.db.auditEvent.count({ where: { entityId: itemId, action: "create", actorUserId: editor.isSignedIn ? editor.userId : "" } }),
    ).toBe(1);
  });

  it("keeps the editor's corrections made on accepting when the source changes the rest", async () => {
    const source = await addTestSource(t.db, { type: "regjeringen", url: "https://høring.example.org/rss-2", mode: "review" }, now);
    await applyEntries(t.db, source, [{ entry: entry("b1"), fingerprint: "f" }], now);
    const proposal = await t.db.sourceProposal.findFirstOrThrow({ where: { polledSourceId: source.id } });
    const editor = viewerOf(await createUserRow(t.db, { role: "EDITOR" }));
    const { itemId } = await acceptProposal(t.db, editor, proposal.id, form("Sesongarbeidere (rettet tittel)", "2027-03-01"), now);

    await applyEntries(
      t.db,
      source,
      [{ entry: entry("b1", { deadline: "2027-03-22", title: "Ny tittel fra kilden" }), fingerprint: "g" }],
      now,
    );

    const item = await t.db.item.findUniqueOrThrow({ where: { id: itemId } });
    expect(item.title).toBe("Sesongarbeidere (rettet tittel)");
    expect(toCalendarDateOrNull(item.deadline)).toBe("2027-03-22");
  });

  it("publishes a waiting proposal once it can be dated, in publish mode", async () => {
    const source = await addTestSource(t.db, { type: "regjeringen", url: "https://høring.example.org/rss-3", mode: "publish" }, now);
    await applyEntries(
      t.db,
      source,
      [{ entry: entry("c1", { deadline: null, reviewReason: "Høringsfristen står tom på siden." }), fingerprint: "f" }],
      now,
    );
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(0);

    await applyEntries(t.db, source, [{ entry: entry("c1"), fingerprint: "g" }], now);

    const proposal = await t.db.sourceProposal.findFirstOrThrow({ where: { polledSourceId: source.id } });
    expect(proposal.state).toBe("accepted");
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(1);
  });
});

describe("an entry that cannot be saved", () => {
  it("is reported and does not hold back the others", async () => {
    const source = await addTestSource(t.db, { type: "regjeringen", url: "https://høring.example.org/rss-4", mode: "publish" }, now);
    const summary = await applyEntries(
      t.db,
      source,
      [
        // PostgreSQL refuses a NUL character in text.
        { entry: entry("d1", { summary: "Forslag\u0000 om vern." }), fingerprint: "f" },
        { entry: entry("d2"), fingerprint: "f" },
      ],
      now,
    );
    expect(summary.failed).toEqual([expect.stringMatching(/^"Høring om vern av sesongarbeidere d1" could not be saved: /)]);
    expect(summary.published).toBe(1);
    expect(await t.db.item.count({ where: { polledSourceId: source.id, polledKey: "d2" } })).toBe(1);
    expect(await t.db.sourceProposal.count({ where: { polledSourceId: source.id, key: "d1" } })).toBe(0);
  });

  it("with a day that does not exist waits for an editor instead of moving to another day", async () => {
    const source = await addTestSource(t.db, { type: "regjeringen", url: "https://høring.example.org/rss-5", mode: "publish" }, now);
    await applyEntries(t.db, source, [{ entry: entry("e1", { deadline: "2027-02-30" }), fingerprint: "f" }], now);
    const proposal = await t.db.sourceProposal.findFirstOrThrow({ where: { polledSourceId: source.id } });
    expect(proposal.state).toBe("pending");
    expect(proposal.reviewReason).toBe("A date could not be read: 2027-02-30.");
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(0);
  });

  it("with dates the editor's form would refuse waits for an editor, who can correct them", async () => {
    const source = await addTestSource(t.db, { type: "regjeringen", url: "https://høring.example.org/rss-6", mode: "publish" }, now);
    const summary = await applyEntries(
      t.db,
      source,
      [
        { entry: entry("f1", { sentOn: "2027-04-01", deadline: "2027-03-01" }), fingerprint: "f" },
        { entry: entry("f2"), fingerprint: "f" },
      ],
      now,
    );
    expect([summary.proposed, summary.published]).toEqual([1, 1]);
    const waiting = await t.db.sourceProposal.findFirstOrThrow({ where: { polledSourceId: source.id, key: "f1" } });
    expect([waiting.state, waiting.itemId]).toEqual(["pending", null]);
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(1);
  });

  it("starts the accept form from the values publishing would give, the oral hearing's time and place included", async () => {
    const source = await addTestSource(t.db, { type: "stortinget", url: "https://høring.example.org/rss-7", mode: "review" }, now);
    const meeting = { startOn: "2027-01-14", startAt: "2027-01-14T09:00:00+01:00", location: "Stortinget, møterom Skansen" };
    await applyEntries(t.db, source, [{ entry: entry("g1", meeting), fingerprint: "f" }], now);
    const proposal = await t.db.sourceProposal.findFirstOrThrow({ where: { polledSourceId: source.id, key: "g1" } });
    const editor = viewerOf(await createUserRow(t.db, { role: "EDITOR" }));
    const shown = await getPendingProposal(t.db, editor, proposal.id);
    expect(shown?.values).toMatchObject({
      kind: "HEARING",
      sentOn: "2026-12-01",
      deadline: "2027-03-01",
      summary: "Forslag om bedre vern.\n\nHøringsmøte: 14. januar 2027 kl. 09.00, Stortinget, møterom Skansen.",
    });
  });
});
