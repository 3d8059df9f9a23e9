// Polling when things go wrong or happen at once: a server error, a slow server, pages
// without a deadline, and two instances polling the same sources.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/prisma";
import { toCalendarDateOrNull } from "../model/calendar-date";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { pollDueSources, pollSource } from "./poll";
import { addDefaultTerms, addTestSource, fixture, testDeps } from "./test-support";

let t: TestDatabase;
let server: FixtureServer;
const now = new Date("2026-12-03T12:00:00+01:00");
const clock = () => now;

beforeAll(async () => {
  t = await createTestDatabase();
  server = await startFixtureServer();
  await addDefaultTerms(t.db);
});

afterAll(async () => {
  await server.close();
  await t.drop();
});

function rssOf(items: { title: string; path: string }[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${server.base}${item.path}?utm_source=rss</link><guid isPermaLink="false">${item.path}</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Høringer</title>${entries}</channel></rss>`;
}

describe("a source that fails", () => {
  it("records a 500, keeps its items and waits longer before the next poll", async () => {
    server.routes.set("/stortinget?sesjonid=2026-2027", { body: fixture("stortinget/horinger-2026-2027.xml") });
    const source = await addTestSource(t.db, { type: "stortinget", url: `${server.base}/stortinget`, mode: "publish" }, now);
    expect((await pollSource(testDeps(t.db, clock), source.id)).kind).toBe("read");
    const items = await t.db.item.count({ where: { polledSourceId: source.id } });
    expect(items).toBeGreaterThan(0);

    server.routes.set("/stortinget?sesjonid=2026-2027", { body: "", status: 500 });
    const result = await pollSource(testDeps(t.db, clock), source.id);

    expect(result.kind).toBe("failed");
    const after = await t.db.polledSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.lastError).toMatch(/answered 500/);
    expect(after.failureCount).toBe(1);
    expect(after.lastSuccessAt).not.toBeNull();
    expect(after.nextPollAt.getTime() - now.getTime()).toBe(2 * after.pollIntervalMinutes * 60_000);
    expect(after.leaseUntil).toBeNull();
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(items);
  });

  it("honours a 429's Retry-After when it asks for longer than the back-off", async () => {
    server.routes.set("/busy.ics", { body: "", status: 429, headers: { "retry-after": "10800" } });
    const source = await addTestSource(t.db, { type: "ics", url: `${server.base}/busy.ics`, mode: "publish" }, now);

    const result = await pollSource(testDeps(t.db, clock), source.id);

    expect(result).toMatchObject({ kind: "failed", message: expect.stringMatching(/answered 429/) });
    const after = await t.db.polledSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.nextPollAt.getTime() - now.getTime()).toBe(10_800_000);
  });

  it("reads a calendar sent as ISO-8859-1 with its letters intact", async () => {
    const text = fixture("calendar/partner-courses.ics").replace(/\r?\n /g, "");
    server.routes.set("/latin1.ics", { body: "", contentType: "text/calendar; charset=iso-8859-1" });
    server.routes.get("/latin1.ics")!.bytes = Buffer.from(text, "latin1");
    const source = await addTestSource(t.db, { type: "ics", url: `${server.base}/latin1.ics`, mode: "publish" }, now);

    await pollSource(testDeps(t.db, clock), source.id);

    const titles = (await t.db.item.findMany({ where: { polledSourceId: source.id }, select: { title: true } })).map((i) => i.title);
    expect(titles).toContain("Påmeldingsfrist: Nordisk konferanse om menneskehandel 2027");
  });

  it("gives up on a slow server after the time limit and says so", async () => {
    server.routes.set("/slow.ics", { body: fixture("calendar/partner-courses.ics"), delayMs: 3_000 });
    const source = await addTestSource(t.db, { type: "ics", url: `${server.base}/slow.ics`, mode: "publish" }, now);
    const started = Date.now();

    const result = await pollSource(testDeps(t.db, clock, { timeoutMs: 300 }), source.id);

    expect(Date.now() - started).toBeLessThan(2_500);
    expect(result).toMatchObject({ kind: "failed", message: expect.stringMatching(/did not answer within/) });
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(0);
  });
});

describe("pages without a deadline", () => {
  it("become proposals for review with the reason, never items with an invented date", async () => {
    server.routes.set("/undated-rss", {
      body: rssOf([
        { title: "Høring - endringer i utlendingsloven", path: "/no/dokumenter/horing-utl/id2354321/" },
        { title: "Høring – digital samhandling i barnevernet", path: "/no/dokumenter/samhandling/id3209999/" },
      ]),
    });
    server.routes.set("/no/dokumenter/horing-utl/id2354321/", {
      body: fixture("regjeringen/hearing-empty-deadline-id2354321.html"),
      contentType: "text/html",
    });
    server.routes.set("/no/dokumenter/samhandling/id3209999/", {
      body: fixture("regjeringen/layout-changed-id3209999.html"),
      contentType: "text/html",
    });
    const source = await addTestSource(t.db, { type: "regjeringen", url: `${server.base}/undated-rss`, mode: "publish" }, now);

    const result = await pollSource(testDeps(t.db, clock), source.id);

    expect(result.kind).toBe("read");
    expect(await t.db.item.count({ where: { polledSourceId: source.id } })).toBe(0);
    const proposals = await t.db.sourceProposal.findMany({ where: { polledSourceId: source.id }, orderBy: { key: "asc" } });
    expect(proposals.map((p) => [p.key, p.state])).toEqual([
      ["id2354321", "pending"],
      ["id3209999", "pending"],
    ]);
    expect(proposals.every((p) => p.reviewReason)).toBe(true);
  });
});

describe("Stortinget's export", () => {
  it("ignores a new response time, and follows a moved deadline", async () => {
    server.routes.set("/st2?sesjonid=2026-2027", { body: fixture("stortinget/horinger-2026-2027.xml"), hasEtag: false });
    const source = await addTestSource(t.db, { type: "stortinget", url: `${server.base}/st2`, mode: "publish" }, now);
    await pollSource(testDeps(t.db, clock), source.id);
    const written = await t.db.item.findFirstOrThrow({ where: { polledSourceId: source.id, polledKey: "10004811" } });
    expect(toCalendarDateOrNull(written.deadline)).toBe("2027-01-08");
    expect(written.attribution).toBe("Kilde: Stortinget");

    server.routes.set("/st2?sesjonid=2026-2027", { body: fixture("stortinget/horinger-2026-2027-unchanged.xml"), hasEtag: false });
    await pollSource(testDeps(t.db, clock), source.id);
    expect((await t.db.item.findUniqueOrThrow({ where: { id: written.id } })).version).toBe(written.version);

    server.routes.set("/st2?sesjonid=2026-2027", { body: fixture("stortinget/horinger-2026-2027-deadline-moved.xml"), hasEtag: false });
    await pollSource(testDeps(t.db, clock), source.id);
    const moved = await t.db.item.findUniqueOrThrow({ where: { id: written.id } });
    expect(toCalendarDateOrNull(moved.deadline)).toBe("2027-01-15");
    expect(moved.version).toBe(written.version + 1);

    const cancelled = await t.db.item.findFirstOrThrow({ where: { polledSourceId: source.id, polledKey: "10004777" } });
    expect(cancelled.cancelReason).toBe("Avlyst");
  });
});

describe("two instances polling at once", () => {
  it("poll each due source once", async () => {
    await t.db.polledSource.updateMany({ data: { isEnabled: false } });
    const paths = ["/a.ics", "/b.ics", "/c.ics"];
    for (const path of paths) {
      server.routes.set(path, { body: fixture("calendar/partner-courses.ics"), delayMs: 150 });
      await addTestSource(t.db, { type: "ics", url: `${server.base}${path}`, mode: "publish", name: path }, now);
    }
    const other = createPrismaClient(t.url, { max: 4 });
    try {
      const [first, second] = await Promise.all([pollDueSources(testDeps(t.db, clock)), pollDueSources(testDeps(other, clock))]);
      expect(first.length + second.length).toBe(3);
      for (const path of paths) expect(server.hits.get(path)).toBe(1);
      expect(await t.db.item.count({ where: { polledSource: { url: { endsWith: "/a.ics" } } } })).toBeGreaterThan(0);
    } finally {
      await other.$disconnect();
    }
  });
});
