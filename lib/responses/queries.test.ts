import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createItem, createOrganisationRow, createResponseRow, createUserRow, viewerOf } from "../dev/testing/factories";
import { ANONYMOUS, type Viewer } from "../auth/viewer-types";
import { DEFAULT_CLOSING_SOON_DAYS } from "../deadlines";
import { MY_SECTIONS, type ResponseStatus } from "./types";
import { DEFAULT_OVERDUE_DAYS, getMyDeadlines, getMySectionPage, MY_PAGE_SIZE } from "./my-deadlines";
import { mySectionFor } from "./my-section-rule";
import { getResponseForItem, getResponseStatusesForItems, listResponsesForOrganisation, listSharedResponsesForItem } from "./queries";

// 10 January 2025, noon in Oslo: closing soon runs to 24 January, overdue back to 11 November.
const NOW = new Date("2025-01-10T11:00:00Z");

describe("response queries", () => {
  let database: TestDatabase;
  let memberA: Viewer;
  let memberB: Viewer;
  let editor: Viewer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const a = await createOrganisationRow(db, { name: "Alfa", isResponsesPublic: true });
    const b = await createOrganisationRow(db, { name: "Beta" });
    const c = await createOrganisationRow(db, { name: "Gamma", isResponsesPublic: true });
    memberA = viewerOf(await createUserRow(db, { organisationId: a.id }));
    memberB = viewerOf(await createUserRow(db, { organisationId: b.id }));
    editor = viewerOf(await createUserRow(db, { role: "EDITOR" }));
    const actorId = (await createActor(db)).id;
    const make = async (
      key: string,
      input: Omit<Parameters<typeof createItem>[1], "actorId">,
      status?: ResponseStatus,
      answeredOn?: string,
    ) => {
      ids[key] = (await createItem(db, { actorId, title: key, ...input })).id;
      if (status) await createResponseRow(db, { organisationId: a.id, itemId: ids[key], status, answeredOn });
    };
    await make("oldest-overdue", { deadline: "2024-11-11" });
    await make("too-old", { deadline: "2024-11-10" });
    await make("overdue-in-progress", { deadline: "2024-12-01" }, "IN_PROGRESS");
    await make("closed-answered", { deadline: "2025-01-05" }, "ANSWERED", "2025-01-04");
    await make("closed-declined", { deadline: "2025-01-06" }, "DECLINED");
    await make("answered-by-others", { deadline: "2025-01-08" });
    await createResponseRow(db, { organisationId: b.id, itemId: ids["answered-by-others"], status: "ANSWERED" });
    await createResponseRow(db, { organisationId: c.id, itemId: ids["answered-by-others"], status: "DECLINED" });
    await make("overdue-unanswered", { deadline: "2025-01-09" });
    await make("today", { deadline: "2025-01-10" });
    await make("cancelled-soon", { deadline: "2025-01-12", cancelledAt: new Date("2025-01-02T10:00:00Z") });
    await make("soon-answered", { deadline: "2025-01-15" }, "ANSWERED", "2025-01-09");
    await make("window-end", { deadline: "2025-01-24" }, "PLANNED");
    await make("beyond", { deadline: "2025-01-25" }, "IN_PROGRESS");
    await make("beyond-no-response", { deadline: "2025-01-30" });
    await make("seminar-planned", { kind: "SEMINAR", startOn: "2025-02-01" }, "PLANNED");
    await make("seminar-past-planned", { kind: "SEMINAR", startOn: "2025-01-05" }, "PLANNED");
    // Ended at 11:00 in Oslo today, before NOW: over, whatever its day says.
    await make(
      "seminar-ended-this-morning",
      { kind: "SEMINAR", startOn: "2025-01-10", startAt: new Date("2025-01-10T08:00:00Z"), endAt: new Date("2025-01-10T10:00:00Z") },
      "PLANNED",
    );
    // Ends at 02:00 the night after its only day: under way past midnight.
    await make(
      "seminar-past-midnight",
      { kind: "SEMINAR", startOn: "2025-01-10", startAt: new Date("2025-01-10T17:00:00Z"), endAt: new Date("2025-01-11T01:00:00Z") },
      "PLANNED",
    );
    await make("cancelled-soon-planned", { deadline: "2025-01-13", cancelledAt: new Date("2025-01-03T10:00:00Z") }, "PLANNED");
  });
  afterAll(() => database.drop());

  const titles = (entries: { item: { title: string } }[]) => entries.map((e) => e.item.title);

  it("sorts the organisation's deadlines into overdue, closing soon, in progress and answered", async () => {
    const mine = await getMyDeadlines(database.db, memberA, NOW);
    expect(titles(mine.overdue.entries)).toEqual(["overdue-unanswered", "answered-by-others", "overdue-in-progress", "oldest-overdue"]);
    expect(mine.overdue.entries[2].response?.status).toBe("IN_PROGRESS");
    // Work under way stays under "in progress" even when it closes soon; a cancelled item leaves.
    expect(titles(mine.closingSoon.entries)).toEqual(["today"]);
    expect(titles(mine.inProgress.entries)).toEqual(["seminar-past-midnight", "window-end", "beyond", "seminar-planned"]);
    expect(mine.inProgress.entries[0].response?.status).toBe("PLANNED");
    expect(titles(mine.answered.entries)).toEqual(["soon-answered", "closed-answered", "closed-declined"]);
    expect([mine.overdue.total, mine.closingSoon.total, mine.inProgress.total, mine.answered.total]).toEqual([4, 1, 4, 3]);
  });

  it("places every item exactly where the written rule (mySectionFor) says", async () => {
    const context = { today: "2025-01-10", now: NOW, closingSoonDays: DEFAULT_CLOSING_SOON_DAYS, overdueDays: DEFAULT_OVERDUE_DAYS };
    for (const at of [NOW, new Date("2025-01-10T23:30:00Z")]) {
      const mine = await getMyDeadlines(database.db, memberA, at, { previewSize: 100 });
      const rowContext = { ...context, now: at, today: at === NOW ? "2025-01-10" : "2025-01-11" };
      for (const [key, id] of Object.entries(ids)) {
        const item = await database.db.item.findUniqueOrThrow({ where: { id } });
        const status = (await getResponseForItem(database.db, memberA, id))?.status ?? null;
        const dates = {
          kind: item.kind,
          sentOn: null,
          deadline: item.deadline ? item.deadline.toISOString().slice(0, 10) : null,
          startOn: item.startOn ? item.startOn.toISOString().slice(0, 10) : null,
          endOn: item.endOn ? item.endOn.toISOString().slice(0, 10) : null,
          startAt: item.startAt,
          endAt: item.endAt,
          cancelledAt: item.cancelledAt,
        };
        const placed = MY_SECTIONS.filter((section) => mine[section].entries.some((entry) => entry.item.id === id));
        const expected = mySectionFor(dates, status, rowContext);
        expect(placed, `${key} at ${at.toISOString()}`).toEqual(expected ? [expected] : []);
      }
    }
  });

  it("shows the first entries of each section with the section's total, and the rest a page at a time", async () => {
    const preview = await getMyDeadlines(database.db, memberA, NOW, { previewSize: 2 });
    expect(titles(preview.overdue.entries)).toEqual(["overdue-unanswered", "answered-by-others"]);
    expect(preview.overdue.total).toBe(4);
    const all = await getMySectionPage(database.db, memberA, NOW, "overdue", 1);
    expect(all).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(titles(all.entries)).toHaveLength(4);
    // A page past the end, or no number at all, reads as the nearest page there is.
    expect((await getMySectionPage(database.db, memberA, NOW, "overdue", 9)).page).toBe(1);
    expect((await getMySectionPage(database.db, memberA, NOW, "overdue", Number.NaN)).page).toBe(1);
    await expect(getMySectionPage(database.db, ANONYMOUS, NOW, "answered", 1)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("pages through a long section without repeating or skipping an entry", async () => {
    const db = database.db;
    const organisation = await createOrganisationRow(db, { name: "Delta" });
    const member = viewerOf(await createUserRow(db, { organisationId: organisation.id }));
    const actorId = (await createActor(db)).id;
    const count = MY_PAGE_SIZE + 2;
    for (let i = 0; i < count; i++) {
      const item = await createItem(db, { actorId, title: `svar-${i}`, deadline: "2024-12-20" });
      // Several answers share a day; answers without a date come last.
      const answeredOn = i % 9 === 8 ? null : `2024-12-${String(10 + (i % 4)).padStart(2, "0")}`;
      await createResponseRow(db, { organisationId: organisation.id, itemId: item.id, status: "ANSWERED", answeredOn });
    }
    const first = await getMySectionPage(db, member, NOW, "answered", 1);
    const second = await getMySectionPage(db, member, NOW, "answered", 2);
    expect([first.pageCount, first.entries.length, second.entries.length]).toEqual([2, MY_PAGE_SIZE, 2]);
    const seen = [...first.entries, ...second.entries];
    expect(new Set(titles(seen)).size).toBe(count);
    const days = seen.map((entry) => entry.response?.answeredOn ?? "");
    const dated = days.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(days.slice(dated.length).every((day) => day === "")).toBe(true);
  });

  it("moves a deadline to overdue at midnight in Oslo, and honours a shorter overdue window", async () => {
    const justAfterMidnight = new Date("2025-01-10T23:30:00Z");
    const mine = await getMyDeadlines(database.db, memberA, justAfterMidnight, { overdueDays: 10 });
    // Work that was under way stays overdue however long ago it closed.
    expect(titles(mine.overdue.entries)).toEqual(["today", "overdue-unanswered", "answered-by-others", "overdue-in-progress"]);
  });

  it("answers for the viewer's own organisation only", async () => {
    const theirs = await getMyDeadlines(database.db, memberB, NOW);
    expect(titles(theirs.answered.entries)).toEqual(["answered-by-others"]);
    expect(titles(theirs.overdue.entries)).not.toContain("answered-by-others");
    expect(titles(await listResponsesForOrganisation(database.db, memberB))).toEqual(["answered-by-others"]);
    expect(await getResponseForItem(database.db, memberB, ids["beyond"])).toBeNull();
    expect((await getResponseForItem(database.db, memberA, ids["beyond"]))?.status).toBe("IN_PROGRESS");
    const badges = await getResponseStatusesForItems(database.db, memberA, [ids["beyond"], ids["today"], "junk"]);
    expect(badges).toEqual({ [ids["beyond"]]: "IN_PROGRESS" });
    expect(await getResponseStatusesForItems(database.db, ANONYMOUS, [ids["beyond"]])).toEqual({});
    await expect(getMyDeadlines(database.db, editor, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listResponsesForOrganisation(database.db, ANONYMOUS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("shows other organisations' responses only when they share, and never a decision to decline", async () => {
    const shared = await listSharedResponsesForItem(database.db, memberA, ids["answered-by-others"]);
    expect(shared).toEqual([]);
    await database.db.organisation.updateMany({ where: { name: "Beta" }, data: { isResponsesPublic: true } });
    const now = await listSharedResponsesForItem(database.db, memberA, ids["answered-by-others"]);
    expect(now.map((r) => [r.organisationName, r.status, r.isMine])).toEqual([["Beta", "ANSWERED", false]]);
    expect(Object.keys(now[0])).not.toContain("note");
    expect(await listSharedResponsesForItem(database.db, ANONYMOUS, ids["answered-by-others"])).toEqual([]);
    const own = await listSharedResponsesForItem(database.db, memberA, ids["beyond"]);
    expect(own.map((r) => [r.organisationName, r.isMine])).toEqual([["Alfa", true]]);
  });
});
