// Every feed route the app serves, called as Next calls it, against a database of its own;
// each calendar parsed with ical.js and compared with the rows in the database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/prisma";
import { fromCalendarDate } from "@/lib/model/calendar-date";
import { createActor, createItem, createTopic } from "@/lib/dev/testing/factories";
import { findLineProblems, parseCalendar } from "@/lib/dev/testing/ical";
import { createTestDatabase, type TestDatabase } from "@/lib/dev/testing/test-db";
import { GET as getAll, HEAD as headAll } from "./all.ics/route";
import { GET as getActor } from "./actor/[file]/route";
import { GET as getCombined } from "./calendar.ics/route";
import { GET as getKind } from "./kind/[file]/route";
import { GET as getTopic } from "./topic/[file]/route";
import { GET as getItemCalendar } from "../items/[id]/calendar.ics/route";
import { serveFilterFeed } from "./serve-feed";

const holder = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", () => ({ getDb: () => holder.db }));

const BASE = "https://fristvakt.example";
const request = (path: string, init?: RequestInit) => new Request(`${BASE}${path}`, init);
const context = <T extends string>(key: T, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<T, string>) });

describe("feed routes", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    process.env.FRISTVAKT_NOW = "2025-01-10T12:00:00+01:00";
    process.env.FRISTVAKT_PUBLIC_URL = BASE;
    database = await createTestDatabase();
    holder.db = database.db;
    const db = database.db;
    const jd = await createActor(db, { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" });
    const bfd = await createActor(db, { slug: "bfd", shortName: "BFD", name: "Barne- og familiedepartementet" });
    const topic = await createTopic(db, { slug: "menneskehandel", name: "Menneskehandel" });
    await createTopic(db, { slug: "tomt-tema", name: "Tomt tema" });
    await createItem(db, {
      actorId: jd.id,
      deadline: "2025-01-31",
      title: "Høring om barn",
      reference: "NOU 2024:1",
      sentOn: "2025-01-02",
      topicIds: [topic.id],
    });
    await createItem(db, { actorId: bfd.id, kind: "STRATEGY_INPUT", deadline: "2024-12-31", title: "Strategi, del 2; utkast" });
    await createItem(db, { actorId: bfd.id, kind: "DEADLINE", deadline: "2023-06-01", title: "Gammel frist" });
    await createItem(db, {
      actorId: jd.id,
      kind: "DEADLINE",
      deadline: "2025-03-30",
      title: "Avlyst frist",
      cancelledAt: new Date("2025-01-05T09:00:00Z"),
    });
    await createItem(db, {
      actorId: jd.id,
      kind: "SEMINAR",
      startOn: "2025-02-03",
      endOn: "2025-02-04",
      title: "Todagers seminar",
      topicIds: [topic.id],
    });
    await createItem(db, {
      actorId: bfd.id,
      kind: "SEMINAR",
      startOn: "2025-03-31",
      startAt: new Date("2025-03-31T09:00:00+02:00"),
      endAt: new Date("2025-03-31T11:30:00+02:00"),
      title: "Webinar etter sommertid",
    });
  });
  afterAll(() => database.drop());

  /** The rows a feed should hold, worked out here from all rows rather than by the feed query. */
  async function expectedRows(match: (row: { actor: string; topics: string[]; kind: string }) => boolean) {
    const rows = await database.db.item.findMany({ include: { actor: true, topics: { include: { topic: true } } } });
    return rows
      .filter((row) => row.lastOn >= fromCalendarDate("2024-01-10"))
      .filter((row) => !row.cancelledAt || row.cancelledAt >= new Date("2024-12-10T23:00:00Z"))
      .filter((row) => match({ actor: row.actor.slug, topics: row.topics.map((t) => t.topic.slug), kind: row.kind }));
  }

  async function expectFeed(response: Response, rows: Awaited<ReturnType<typeof expectedRows>>, name: string) {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(findLineProblems(text)).toEqual([]);
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe(name);
    expect(calendar.wrName).toBe(name);
    const byUid = new Map(calendar.events.map((event) => [event.uid, event]));
    expect([...byUid.keys()].sort()).toEqual(rows.map((row) => `${row.id}@fristvakt.no`).sort());
    for (const row of rows) {
      const event = byUid.get(`${row.id}@fristvakt.no`)!;
      expect(event.summary).toContain(row.title);
      expect(event.summary.startsWith("AVLYST: ")).toBe(row.cancelledAt !== null);
      const start = row.startAt ? row.startAt.toISOString().replace(".000", "") : (row.deadline ?? row.startOn)!.toISOString().slice(0, 10);
      expect(event.start).toBe(start);
    }
  }

  it("serves everything at /feeds/all.ics", async () => {
    await expectFeed(await getAll(request("/feeds/all.ics")), await expectedRows(() => true), "Fristvakt – alle frister");
  });

  it("serves a feed for every actor, topic and kind", async () => {
    for (const [slug, name] of [
      ["jd", "Justis- og beredskapsdepartementet"],
      ["bfd", "Barne- og familiedepartementet"],
    ]) {
      const response = await getActor(request(`/feeds/actor/${slug}.ics`), context("file", `${slug}.ics`));
      await expectFeed(response, await expectedRows((r) => r.actor === slug), `Fristvakt – ${name}`);
    }
    for (const [slug, name] of [
      ["menneskehandel", "Menneskehandel"],
      ["tomt-tema", "Tomt tema"],
    ]) {
      const response = await getTopic(request(`/feeds/topic/${slug}.ics`), context("file", `${slug}.ics`));
      await expectFeed(response, await expectedRows((r) => r.topics.includes(slug)), `Fristvakt – ${name}`);
    }
    for (const [kind, name] of [
      ["hearing", "Høringer"],
      ["strategy_input", "Innspill"],
      ["seminar", "Seminarer"],
      ["deadline", "Andre frister"],
    ]) {
      const response = await getKind(request(`/feeds/kind/${kind}.ics`), context("file", `${kind}.ics`));
      await expectFeed(response, await expectedRows((r) => r.kind === kind.toUpperCase()), `Fristvakt – ${name}`);
    }
  });

  it("serves any combination at /feeds/calendar.ics", async () => {
    const response = await getCombined(request("/feeds/calendar.ics?actor=jd,bfd&topic=menneskehandel&kind=hearing,seminar"));
    const rows = await expectedRows((r) => r.topics.includes("menneskehandel") && ["HEARING", "SEMINAR"].includes(r.kind));
    await expectFeed(response, rows, "Fristvakt – JD, BFD · Menneskehandel · Høringer, Seminarer");
    await expectFeed(
      await getCombined(request("/feeds/calendar.ics?actor=bfd&kind=hearing")),
      [],
      "Fristvakt – Barne- og familiedepartementet · Høringer",
    );
  });

  it("serves every item on its own, old and cancelled ones too", async () => {
    for (const row of await database.db.item.findMany()) {
      const response = await getItemCalendar(request(`/items/${row.id}/calendar.ics`), context("id", row.id));
      expect(response.headers.get("content-disposition")).toContain("attachment");
      await expectFeed(response, [{ ...row, actor: null, topics: [] }] as never, `Fristvakt – ${row.title}`);
    }
  });

  it("answers 404 with a short text for what does not exist", async () => {
    const cases = [
      await getActor(request("/feeds/actor/finnes-ikke.ics"), context("file", "finnes-ikke.ics")),
      await getActor(request("/feeds/actor/jd.txt"), context("file", "jd.txt")),
      await getKind(request("/feeds/kind/party.ics"), context("file", "party.ics")),
      await getCombined(request("/feeds/calendar.ics?actor=jd&topic=ukjent")),
      await getItemCalendar(request("/items/x/calendar.ics"), context("id", "00000000-0000-0000-0000-000000000000")),
    ];
    for (const response of cases) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect((await response.text()).length).toBeLessThan(200);
    }
  });

  it("answers 304 to a current copy and HEAD without a body", async () => {
    const first = await getAll(request("/feeds/all.ics"));
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await getAll(request("/feeds/all.ics", { headers: { "If-None-Match": etag } }))).status).toBe(304);
    expect((await getAll(request("/feeds/all.ics", { headers: { "If-Modified-Since": lastModified } }))).status).toBe(304);
    expect((await getAll(request("/feeds/all.ics", { headers: { "If-None-Match": '"old"' } }))).status).toBe(200);
    const head = await headAll(request("/feeds/all.ics", { method: "HEAD" }));
    expect([head.status, head.headers.get("etag"), await head.text()]).toEqual([200, etag, ""]);
  });

  it("answers 503 with Retry-After when the database cannot be reached, never an empty calendar", async () => {
    const { createPrismaClient } = await import("@/lib/db/prisma");
    const unreachable = createPrismaClient("postgresql://nobody@127.0.0.1:9/none");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await serveFilterFeed(
      request("/feeds/all.ics"),
      { filter: { actors: [], topics: [], kinds: [] } },
      { getDb: () => unreachable, env: process.env, contentVersion: async () => null },
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(response.headers.get("content-type")).not.toContain("calendar");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("builds a feed once for requests that miss it together, as pollers do after an edit", async () => {
    const db = holder.db!;
    await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-05-05", title: `Ny etter endring ${Date.now()}` });
    let itemLoads = 0;
    // Counts the statements that load items (one per batch of a build).
    const counting = new Proxy(db, {
      get: (target, key) =>
        key === "$queryRaw"
          ? (...args: unknown[]) => ((itemLoads += 1), (target.$queryRaw as (...a: unknown[]) => unknown)(...args))
          : Reflect.get(target, key),
    }) as Db;
    const deps = { getDb: () => counting, env: process.env, contentVersion: async () => null };
    const all = { filter: { actors: [], topics: [], kinds: [] } };
    const responses = await Promise.all(Array.from({ length: 5 }, () => serveFilterFeed(request("/feeds/all.ics"), all, deps)));
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(bodies).size).toBe(1);
    expect(itemLoads).toBe(1);
  });

  it("answers polls without a query while the content version stays, and asks again once it moves", async () => {
    const db = holder.db!;
    const actor = await createActor(db);
    const title = `Høring om tolking i straffesaker ${Date.now()}`;
    await createItem(db, { actorId: actor.id, deadline: "2025-06-02", title });
    let queries = 0;
    const counting = new Proxy(db, {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        // Every model delegate (item.aggregate, actor.findMany, …) and raw statement counts.
        if (key === "item" || key === "actor" || key === "topic" || key === "$queryRaw") queries += 1;
        return value;
      },
    }) as Db;
    let version = "41";
    const deps = { getDb: () => counting, env: process.env, contentVersion: async () => version };
    const feed = { filter: { actors: [actor.slug], topics: [], kinds: [] } };

    const first = await serveFilterFeed(request(`/feeds/actor/${actor.slug}.ics`), feed, deps);
    expect(await first.text()).toContain("tolking i straffesaker");
    const etag = first.headers.get("etag")!;
    queries = 0;
    const kept = await serveFilterFeed(request(`/feeds/actor/${actor.slug}.ics`), feed, deps);
    const notModified = await serveFilterFeed(
      request(`/feeds/actor/${actor.slug}.ics`, { headers: { "if-none-match": etag } }),
      feed,
      deps,
    );
    expect([kept.status, notModified.status]).toEqual([200, 304]);
    expect(await kept.text()).toContain("tolking i straffesaker");
    expect(kept.headers.get("vary")).toBe("Accept-Encoding");
    expect(queries).toBe(0);

    // The edit raises the version (the triggers do that in the database): the feed follows.
    await db.actor.update({ where: { id: actor.id }, data: { name: "Nytt navn på aktøren" } });
    version = "42";
    const changed = await serveFilterFeed(request(`/feeds/actor/${actor.slug}.ics`, { headers: { "if-none-match": etag } }), feed, deps);
    expect(changed.status).toBe(200);
    expect(queries).toBeGreaterThan(0);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("answers a kept feed at once, without a query, while the version is held; a new Oslo day asks again", async () => {
    const db = holder.db!;
    const actor = await createActor(db);
    await createItem(db, { actorId: actor.id, deadline: "2025-06-16", title: "Høring om bistandsadvokat for ofre" });
    let queries = 0;
    const counting = new Proxy(db, {
      get: (target, key) => {
        if (key === "item" || key === "actor" || key === "topic" || key === "$queryRaw") queries += 1;
        return Reflect.get(target, key);
      },
    }) as Db;
    const env = { ...process.env, FRISTVAKT_NOW: "2025-01-10T23:59:00+01:00" };
    const deps = { getDb: () => counting, env, contentVersion: () => "77" };
    const feed = { filter: { actors: [actor.slug], topics: [], kinds: [] } };
    const path = `/feeds/actor/${actor.slug}.ics`;

    const first = await serveFilterFeed(request(path), feed, deps);
    const body = await first.text();
    const etag = first.headers.get("etag")!;
    queries = 0;
    const kept = serveFilterFeed(request(path), feed, deps);
    const notModified = serveFilterFeed(request(path, { headers: { "if-none-match": etag } }), feed, deps);
    const head = serveFilterFeed(request(path, { method: "HEAD" }), feed, deps);
    // Answered without waiting for anything: Response objects, not promises.
    for (const answer of [kept, notModified, head]) expect(answer).toBeInstanceOf(Response);
    const [keptResponse, notModifiedResponse, headResponse] = [kept, notModified, head] as Response[];
    expect([keptResponse.status, notModifiedResponse.status, headResponse.status]).toEqual([200, 304, 200]);
    expect(await keptResponse.text()).toBe(body);
    expect(keptResponse.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    expect(notModifiedResponse.headers.get("etag")).toBe(etag);
    expect(notModifiedResponse.headers.get("vary")).toBe("Accept-Encoding");
    expect(headResponse.headers.get("etag")).toBe(etag);
    expect(await headResponse.text()).toBe("");
    expect(queries).toBe(0);

    // Midnight in Oslo moves the feed's window: the same version no longer answers from memory.
    env.FRISTVAKT_NOW = "2025-01-11T00:01:00+01:00";
    const nextDay = serveFilterFeed(request(path, { headers: { "if-none-match": etag } }), feed, deps);
    expect(nextDay).toBeInstanceOf(Promise);
    expect((await nextDay).status).toBe(200);
    expect(queries).toBeGreaterThan(0);
  });

  it("changes its ETag with every edit, even two made at the same instant (a pinned clock)", async () => {
    const db = holder.db!;
    const actor = await createActor(db);
    const item = await createItem(db, { actorId: actor.id, deadline: "2025-06-09", title: "Høring om vergemål for mindreårige" });
    const feed = { filter: { actors: [actor.slug], topics: [], kinds: [] } };
    const deps = { getDb: () => db, env: process.env, contentVersion: async () => null };
    const etagNow = async () =>
      (await serveFilterFeed(request(`/feeds/actor/${actor.slug}.ics`, { method: "HEAD" }), feed, deps)).headers.get("etag");
    const at = new Date("2025-01-10T11:00:00Z");
    await db.item.update({ where: { id: item.id }, data: { title: "Første endring", updatedAt: at, version: { increment: 1 } } });
    const first = await etagNow();
    await db.item.update({ where: { id: item.id }, data: { title: "Andre endring", updatedAt: at, version: { increment: 1 } } });
    expect(await etagNow()).not.toBe(first);
  });
});
