import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-db";
import { createActor, createItem, createOrganisationRow, createResponseRow, createUserRow, viewerOf } from "../testing/factories";
import { ANONYMOUS, type Viewer } from "../auth/viewer-types";
import type { ResponseStatus } from "./types";
import { getMyDeadlines } from "./my-deadlines";
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
    const make = async (key: string, input: Omit<Parameters<typeof createItem>[1], "actorId">, status?: ResponseStatus, answeredOn?: string) => {
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
  });
  afterAll(() => database.drop());

  const titles = (entries: { item: { title: string } }[]) => entries.map((e) => e.item.title);

  it("sorts the organisation's deadlines into overdue, closing soon, in progress and answered", async () => {
    const mine = await getMyDeadlines(database.db, memberA, NOW);
    expect(titles(mine.overdue)).toEqual(["overdue-unanswered", "answered-by-others", "overdue-in-progress", "oldest-overdue"]);
    expect(mine.overdue[2].response?.status).toBe("IN_PROGRESS");
    expect(titles(mine.closingSoon)).toEqual(["today", "window-end"]);
    expect(mine.closingSoon[1].response?.status).toBe("PLANNED");
    expect(titles(mine.inProgress)).toEqual(["beyond", "seminar-planned"]);
    expect(titles(mine.answered)).toEqual(["soon-answered", "closed-answered"]);
  });

  it("moves a deadline to overdue at midnight in Oslo, and honours a shorter overdue window", async () => {
    const justAfterMidnight = new Date("2025-01-10T23:30:00Z");
    const mine = await getMyDeadlines(database.db, memberA, justAfterMidnight, { overdueDays: 10 });
    expect(titles(mine.overdue)).toEqual(["today", "overdue-unanswered", "answered-by-others"]);
  });

  it("answers for the viewer's own organisation only", async () => {
    const theirs = await getMyDeadlines(database.db, memberB, NOW);
    expect(titles(theirs.answered)).toEqual(["answered-by-others"]);
    expect(titles(theirs.overdue)).not.toContain("answered-by-others");
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
