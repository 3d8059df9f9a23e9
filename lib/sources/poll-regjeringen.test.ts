// regjeringen.no polled from a local server: the RSS, then each new or changed entry's page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLatestDeadlineChange } from "../audit/deadline-change";
import { updateItem } from "../items/mutations";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createUserRow, viewerOf } from "../dev/testing/factories";
import { toCalendarDateOrNull } from "../model/calendar-date";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { pollSource } from "./poll";
import { acceptProposal, rejectProposal } from "./proposal-mutations";
import { readFeedItems } from "./read";
import { addDefaultTerms, addTestSource, fixture, pointedAt, testDeps } from "./test-support";

const PAGES: Record<string, string> = {
  id3201234: "regjeringen/hearing-open-id3201234.html",
  id3198765: "regjeringen/hearing-under-behandling-id3198765.html",
  id3205555: "regjeringen/hearing-cancelled-id3205555.html",
  id3187654: "regjeringen/hearing-ferdigbehandlet-id3187654.html",
  id3204321: "regjeringen/hearing-open-id3204321.html",
  id3206001: "regjeringen/hearing-open-id3206001.html",
};

let t: TestDatabase;
let server: FixtureServer;
let now = new Date("2026-12-03T12:00:00+01:00");
const clock = () => now;

function serveFeed(file: string) {
  const rss = pointedAt(fixture(file), server.base);
  server.routes.set("/rss", { body: rss });
  for (const item of readFeedItems(rss)) {
    const id = /id\d+/.exec(item.url ?? "")![0];
    const path = new URL(item.url!).pathname;
    if (!server.routes.has(path)) server.routes.set(path, { body: fixture(PAGES[id]), contentType: "text/html; charset=utf-8" });
  }
}

function pagePath(id: string): string {
  return [...server.routes.keys()].find((path) => path.includes(`/${id}/`))!;
}

async function itemByKey(key: string) {
  return t.db.item.findFirstOrThrow({ where: { polledKey: key }, include: { actor: true } });
}

beforeAll(async () => {
  t = await createTestDatabase();
  server = await startFixtureServer();
  await addDefaultTerms(t.db);
});

afterAll(async () => {
  await server.close();
  await t.drop();
});

describe("polling regjeringen.no's hearings", () => {
  let sourceId: string;

  it("publishes the relevant hearings on the first poll and keeps the rest for review", async () => {
    serveFeed("regjeringen/hearings-rss.xml");
    // The withdrawal comes later: at first the hearing is simply open.
    const cancelledPage = pagePath("id3205555");
    server.routes.set(cancelledPage, {
      body: fixture(PAGES.id3205555).replace(/<div class="message-box">.*?<\/div>/s, ""),
      contentType: "text/html",
    });
    sourceId = (await addTestSource(t.db, { type: "regjeringen", url: `${server.base}/rss`, mode: "relevant" }, now)).id;

    const result = await pollSource(testDeps(t.db, clock), sourceId);
    expect(result.kind).toBe("read");

    const trafficking = await itemByKey("id3201234");
    expect(trafficking.kind).toBe("HEARING");
    expect(toCalendarDateOrNull(trafficking.deadline)).toBe("2027-03-01");
    expect(trafficking.actor.slug).toBe("justis-og-beredskapsdepartementet");
    expect(trafficking.url).toMatch(/\/id3201234\/$/);
    expect(trafficking.url).not.toContain("utm_");
    expect(trafficking.cancelledAt).toBeNull();

    const pilotage = await t.db.sourceProposal.findFirstOrThrow({ where: { key: "id3204321" } });
    expect(pilotage.state).toBe("pending");
    expect(pilotage.isRelevant).toBe(false);
    expect(await t.db.item.count({ where: { polledKey: "id3204321" } })).toBe(0);

    const source = await t.db.polledSource.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.lastError).toBeNull();
    expect(source.etag).not.toBeNull();
    expect(server.userAgents.every((agent) => agent.includes("http://fristvakt.test"))).toBe(true);
  });

  it("touches nothing on an unchanged poll: the feed answers 304 and no page is asked for", async () => {
    const before = await t.db.item.findMany({
      where: { polledSourceId: sourceId },
      select: { id: true, version: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    const pageHits = server.hits.get(pagePath("id3201234"));
    now = new Date("2026-12-03T14:00:00+01:00");

    const result = await pollSource(testDeps(t.db, clock), sourceId);

    expect(result.kind).toBe("unchanged");
    expect(server.hits.get(pagePath("id3201234"))).toBe(pageHits);
    const after = await t.db.item.findMany({
      where: { polledSourceId: sourceId },
      select: { id: true, version: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
  });

  it("follows an extended deadline and a withdrawal, keeps an editor's edit, a rejection and an entry that left the feed", async () => {
    const editor = viewerOf(await createUserRow(t.db, { role: "EDITOR" }));
    const trafficking = await itemByKey("id3201234");
    await updateItem(
      t.db,
      editor,
      {
        id: trafficking.id,
        version: trafficking.version,
        kind: "HEARING",
        title: "Straffeloven: menneskehandel og utnytting (høring)",
        reference: trafficking.reference,
        summary: trafficking.summary,
        url: trafficking.url,
        actorId: trafficking.actorId,
        topicIds: [],
        sentOn: toCalendarDateOrNull(trafficking.sentOn),
        deadline: "2027-03-01",
        isOnline: false,
      },
      now,
    );
    const pilotage = await t.db.sourceProposal.findFirstOrThrow({ where: { key: "id3204321" } });
    await rejectProposal(t.db, editor, pilotage.id, now);
    // Not relevant, so it waited in the inbox; an editor publishes it with a corrected title.
    const sheltersProposal = await t.db.sourceProposal.findFirstOrThrow({ where: { key: "id3187654" } });
    expect(sheltersProposal.state).toBe("pending");
    await acceptProposal(
      t.db,
      editor,
      sheltersProposal.id,
      {
        kind: "HEARING",
        title: "Tilskudd til krisesentre (forskrift)",
        actorId: null,
        newActorName: "Kommunal- og distriktsdepartementet",
        topicIds: [],
        deadline: "2026-09-10",
        url: null,
      },
      now,
    );
    const shelters = await itemByKey("id3187654");
    expect(shelters.title).toBe("Tilskudd til krisesentre (forskrift)");

    serveFeed("regjeringen/hearings-rss-later.xml");
    server.routes.set(pagePath("id3201234"), {
      body: fixture("regjeringen/hearing-deadline-extended-id3201234.html"),
      contentType: "text/html",
    });
    server.routes.set(pagePath("id3205555"), { body: fixture(PAGES.id3205555), contentType: "text/html" });
    now = new Date("2026-12-10T15:00:00+01:00");

    const result = await pollSource(testDeps(t.db, clock), sourceId);
    expect(result.kind).toBe("read");

    const extended = await itemByKey("id3201234");
    expect(toCalendarDateOrNull(extended.deadline)).toBe("2027-03-15");
    expect(extended.title).toBe("Straffeloven: menneskehandel og utnytting (høring)");
    expect(extended.version).toBe(trafficking.version + 2);
    expect(await getLatestDeadlineChange(t.db, extended.id)).toEqual({ from: "2027-03-01", to: "2027-03-15", direction: "extended" });

    const withdrawn = await itemByKey("id3205555");
    expect(withdrawn.cancelledAt).not.toBeNull();
    expect(withdrawn.cancelReason).toBe("Avlyst");
    expect(await t.db.auditEvent.count({ where: { entityId: withdrawn.id, action: "cancel" } })).toBe(1);

    const left = await itemByKey("id3187654");
    expect(left.version).toBe(shelters.version);
    expect(left.title).toBe("Tilskudd til krisesentre (forskrift)");
    expect(left.cancelledAt).toBeNull();

    expect((await t.db.sourceProposal.findUniqueOrThrow({ where: { id: pilotage.id } })).state).toBe("rejected");
    expect(await t.db.item.count({ where: { polledKey: "id3204321" } })).toBe(0);

    const added = await itemByKey("id3206001");
    expect(toCalendarDateOrNull(added.deadline)).toBe("2027-03-09");
  });
});
