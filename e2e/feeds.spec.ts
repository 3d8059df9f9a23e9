// Every feed the app serves, over HTTP, parsed with ical.js and compared with the newsletters'
// items the server was seeded with. Other tests may add items of their own, so a feed must
// hold every expected seed item, and every event it holds must fit its filter and window.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { actors, newsletters, topics } from "../prisma/seed-data";
import { osloInstant } from "../lib/model/calendar-date";
import { deriveSortDates } from "../lib/items/derived-dates";
import { findLineProblems, parseCalendar, type ParsedEvent } from "../lib/dev/testing/ical";
import { actorLabel } from "../lib/actors/label";

// The e2e clock is 10 January 2025; feeds reach back 12 months.
const HISTORY_START = "2024-01-10";
const seedItems = newsletters.flatMap((n) => n.items).filter((item) => deriveSortDates(item).lastOn >= HISTORY_START);
const KINDS = ["hearing", "strategy_input", "seminar", "deadline"] as const;
const PREFIX = { HEARING: "Høringsfrist: ", STRATEGY_INPUT: "Innspillsfrist: ", DEADLINE: "Frist: " } as const;

function seedStart(item: (typeof seedItems)[number]): string {
  if (item.startOn && item.startTime) return osloInstant(item.startOn, item.startTime).toISOString().replace(".000", "");
  return (item.deadline ?? item.startOn)!;
}

async function getCalendar(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expect(findLineProblems(text), path).toEqual([]);
  expect(text).not.toMatch(/^(METHOD|ATTENDEE)/m);
  return parseCalendar(text);
}

function expectSeedItems(events: ParsedEvent[], expected: typeof seedItems, path: string) {
  for (const item of expected) {
    const event = events.find((e) => e.summary.includes(item.title) && e.start === seedStart(item));
    expect(event, `${path} holds "${item.title}"`).toBeDefined();
    if (item.kind !== "SEMINAR") expect(event!.summary.startsWith(PREFIX[item.kind])).toBe(true);
  }
}

function expectWithinWindow(events: ParsedEvent[]) {
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  for (const event of events) {
    expect(event.uid).toMatch(/^[0-9a-f-]{36}@fristvakt\.no$/);
    const end = event.end ?? event.start;
    expect(event.isAllDay ? end > HISTORY_START : end.slice(0, 10) >= HISTORY_START).toBe(true);
  }
}

test("/feeds/all.ics holds every item of the last 12 months, and none older", async ({ request }) => {
  const calendar = await getCalendar(request, "/feeds/all.ics");
  expect(calendar.name).toBe("Fristvakt – alle frister");
  expectSeedItems(calendar.events, seedItems, "all");
  expectWithinWindow(calendar.events);
  const older = newsletters.flatMap((n) => n.items).filter((item) => !seedItems.includes(item));
  expect(older.length).toBeGreaterThan(0);
  for (const item of older) {
    expect(
      calendar.events.find((e) => e.summary.includes(item.title) && e.start === seedStart(item)),
      item.title,
    ).toBeUndefined();
  }
});

test("every actor's, topic's and kind's feed holds its items and nothing else", async ({ request }) => {
  for (const actor of actors) {
    const calendar = await getCalendar(request, `/feeds/actor/${actor.slug}.ics`);
    expect(calendar.name).toBe(`Fristvakt – ${actor.name}`);
    expectSeedItems(
      calendar.events,
      seedItems.filter((i) => i.issuer === actor.slug),
      actor.slug,
    );
    expectWithinWindow(calendar.events);
    // The name, with the short name in brackets only where the name does not carry it already.
    const label = actorLabel(actor).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const event of calendar.events)
      expect(event.description).toMatch(new RegExp(`^(Avlyst.*\\n)?(Avsender|Arrangør): ${label}$`, "m"));
  }
  for (const topic of topics) {
    const calendar = await getCalendar(request, `/feeds/topic/${topic.slug}.ics`);
    expect(calendar.name).toBe(`Fristvakt – ${topic.name}`);
    expectSeedItems(
      calendar.events,
      seedItems.filter((i) => i.topics.includes(topic.slug)),
      topic.slug,
    );
    for (const event of calendar.events) expect(event.categories).toContain(topic.name);
  }
  for (const kind of KINDS) {
    const calendar = await getCalendar(request, `/feeds/kind/${kind}.ics`);
    expectSeedItems(
      calendar.events,
      seedItems.filter((i) => i.kind === kind.toUpperCase()),
      kind,
    );
    for (const event of calendar.events) expect(event.isAllDay || kind === "seminar").toBe(true);
  }
});

test("a combination narrows the feed, and one that matches nothing is a valid empty calendar", async ({ request }) => {
  const calendar = await getCalendar(request, "/feeds/calendar.ics?actor=dfd,jd&kind=hearing");
  expect(calendar.name).toBe("Fristvakt – DFD, JD · Høringer");
  expectSeedItems(
    calendar.events,
    seedItems.filter((i) => ["dfd", "jd"].includes(i.issuer) && i.kind === "HEARING"),
    "combination",
  );
  expect(calendar.events.every((e) => e.summary.startsWith("Høringsfrist: "))).toBe(true);
  const empty = await getCalendar(request, "/feeds/calendar.ics?topic=rettspraksis&kind=seminar");
  expect(seedItems.filter((i) => i.topics.includes("rettspraksis") && i.kind === "SEMINAR")).toEqual([]);
  expect(empty.events).toEqual([]);
});

test("every item downloads as its own calendar with the same event as in the feeds", async ({ request }) => {
  // The feed first: items that other tests add while the pages are read are then only in `ids`.
  const all = (await getCalendar(request, "/feeds/all.ics")).events;
  const ids = new Set<string>();
  for (let page = 1; page < 20; page += 1) {
    const html = await (await request.get(`/items?page=${page}`)).text();
    const found = [...html.matchAll(/data-item-id="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    if (found.length === 0) break;
    for (const id of found) ids.add(id);
  }
  expect(ids.size).toBeGreaterThanOrEqual(newsletters.flatMap((n) => n.items).length);
  for (const id of ids) {
    const [event] = (await getCalendar(request, `/items/${id}/calendar.ics`)).events;
    expect(event.uid).toBe(`${id}@fristvakt.no`);
    const inFeed = all.find((e) => e.uid === event.uid);
    if (inFeed)
      expect([inFeed.summary, inFeed.start, inFeed.end, inFeed.sequence]).toEqual([event.summary, event.start, event.end, event.sequence]);
  }
  for (const event of all) expect(ids.has(event.uid.replace("@fristvakt.no", ""))).toBe(true);
});

test("conditional requests answer 304 without a body; HEAD answers the headers", async ({ request }) => {
  const first = await request.get("/feeds/actor/jd.ics");
  const { etag, "last-modified": lastModified, "cache-control": cacheControl } = first.headers();
  expect(etag).toMatch(/^W\/".+"$/);
  expect(new Date(lastModified).getTime()).not.toBeNaN();
  expect(cacheControl).toBe("public, max-age=300");
  const byTag = await request.get("/feeds/actor/jd.ics", { headers: { "If-None-Match": etag } });
  expect([byTag.status(), (await byTag.body()).length, byTag.headers().etag]).toEqual([304, 0, etag]);
  // A repeated poll is answered before the router (lib/feeds/poll-lane.ts), with the same headers.
  const again = await request.get("/feeds/actor/jd.ics", { headers: { "If-None-Match": etag } });
  expect([again.status(), (await again.body()).length]).toEqual([304, 0]);
  for (const name of ["etag", "last-modified", "cache-control", "vary", "x-frame-options", "x-content-type-options", "referrer-policy"]) {
    expect(again.headers()[name], name).toBe(byTag.headers()[name]);
  }
  const byDate = await request.get("/feeds/actor/jd.ics", { headers: { "If-Modified-Since": lastModified } });
  expect(byDate.status()).toBe(304);
  const otherFeed = await request.get("/feeds/actor/bfd.ics", { headers: { "If-None-Match": etag } });
  expect(otherFeed.status()).toBe(200);
  const head = await request.head("/feeds/actor/jd.ics");
  expect([head.status(), head.headers().etag, head.headers()["content-type"], (await head.body()).length]).toEqual([
    200,
    etag,
    "text/calendar; charset=utf-8",
    0,
  ]);
});

test("unknown actors, topics, kinds and items answer 404 with a short text", async ({ request }) => {
  for (const path of [
    "/feeds/actor/finnes-ikke.ics",
    "/feeds/topic/finnes-ikke.ics",
    "/feeds/kind/party.ics",
    "/feeds/actor/jd.txt",
    "/feeds/calendar.ics?actor=jd,finnes-ikke",
    "/items/00000000-0000-0000-0000-000000000000/calendar.ics",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect((await response.text()).length).toBeLessThan(200);
  }
});
