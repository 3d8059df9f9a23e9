// A partner's calendar and a partner's news feed, polled from a local server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCalendarDateOrNull } from "../model/calendar-date";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { ensureDefaultSources } from "./defaults";
import { pollSource } from "./poll";
import { listSources } from "./queries";
import { addTestSource, fixture, testDeps } from "./test-support";

let t: TestDatabase;
let server: FixtureServer;
const now = new Date("2026-12-03T12:00:00+01:00");
const clock = () => now;

beforeAll(async () => {
  t = await createTestDatabase();
  server = await startFixtureServer();
});

afterAll(async () => {
  await server.close();
  await t.drop();
});

describe("a partner's calendar", () => {
  it("publishes its events and follows a moved course and a cancelled webinar", async () => {
    server.routes.set("/kurs.ics", { body: fixture("calendar/partner-courses.ics") });
    const source = await addTestSource(t.db, { type: "ics", url: `${server.base}/kurs.ics`, mode: "publish" }, now);
    await pollSource(testDeps(t.db, clock), source.id);
    const course = await t.db.item.findFirstOrThrow({ where: { polledSourceId: source.id, polledKey: { startsWith: "kurs-2027-0114" } } });
    expect(course.kind).toBe("SEMINAR");
    expect(course.startAt?.toISOString()).toBe("2027-01-14T08:00:00.000Z");
    const webinar = await t.db.item.findFirstOrThrow({
      where: { polledSourceId: source.id, polledKey: { startsWith: "webinar-2027-0406" } },
    });
    expect(webinar.cancelledAt).toBeNull();

    server.routes.set("/kurs.ics", { body: fixture("calendar/partner-courses-changed.ics") });
    await pollSource(testDeps(t.db, clock), source.id);

    const moved = await t.db.item.findUniqueOrThrow({ where: { id: course.id } });
    expect(moved.startAt?.toISOString()).toBe("2027-01-14T09:00:00.000Z");
    expect(moved.version).toBe(course.version + 1);
    const cancelled = await t.db.item.findUniqueOrThrow({ where: { id: webinar.id } });
    expect(cancelled.cancelledAt).not.toBeNull();
    const registration = await t.db.item.findFirstOrThrow({ where: { polledSourceId: source.id, kind: "DEADLINE" } });
    expect(toCalendarDateOrNull(registration.deadline)).toBe("2027-04-15");
  });
});

describe("a partner's news feed", () => {
  it("puts what the extractor finds in the entries up for review, with the entry as source", async () => {
    server.routes.set("/nyheter.xml", { body: fixture("news/partner-news.rss.xml") });
    const source = await addTestSource(t.db, { type: "rss", url: `${server.base}/nyheter.xml`, mode: "review" }, now);
    const result = await pollSource(testDeps(t.db, clock), source.id);
    expect(result.kind).toBe("read");
    const proposals = await t.db.sourceProposal.findMany({ where: { polledSourceId: source.id } });
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.state === "pending" && p.sourceText.length > 0)).toBe(true);
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(0);
    const [summary] = (await listSources(t.db, now)).filter((s) => s.id === source.id);
    expect(summary).toMatchObject({ pendingCount: proposals.length, itemCount: 0, lastError: null });
  });
});

describe("a new installation", () => {
  it("starts with the two national sources in relevant mode and the relevance words, once", async () => {
    const empty = await createTestDatabase();
    try {
      expect(await ensureDefaultSources(empty.db)).toBe(2);
      expect(await ensureDefaultSources(empty.db)).toBe(0);
      const sources = await empty.db.polledSource.findMany({ orderBy: { type: "asc" } });
      expect(sources.map((s) => [s.type, s.mode])).toEqual([
        ["regjeringen", "relevant"],
        ["stortinget", "relevant"],
      ]);
      expect(await empty.db.relevanceTerm.count({ where: { term: "menneskehandel" } })).toBe(1);
    } finally {
      await empty.drop();
    }
  });
});
