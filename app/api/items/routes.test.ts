// The JSON API's route handlers, called as Next calls them, against a database of their own:
// every answer validated against the OpenAPI document's schemas.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/prisma";
import { createPrismaClient } from "@/lib/db/prisma";
import { createActor, createItem, createTopic } from "@/lib/dev/testing/factories";
import { createOpenApiValidator } from "@/lib/dev/testing/openapi-validator";
import { createTestDatabase, type TestDatabase } from "@/lib/dev/testing/test-db";
import { GET as getOpenApi } from "../openapi.json/route";
import { GET as getItem } from "./[id]/route";
import { GET as listItems } from "./route";

const holder = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", () => ({ getDb: () => holder.db }));

const BASE = "https://fristvakt.example";
const validator = createOpenApiValidator(BASE);

async function call(query: string, address = "192.0.2.1") {
  const response = await listItems(new Request(`${BASE}/api/items${query}`, { headers: { "x-forwarded-for": address } }));
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

async function callItem(id: string) {
  const response = await getItem(new Request(`${BASE}/api/items/${id}`), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function allPages(query: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const separator = query ? "&" : "?";
    const page = await call(`${query}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(validator.errorsFor("ItemList", page.body)).toBeNull();
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.body.items.map((item: { id: string }) => item.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

describe("JSON API", () => {
  let database: TestDatabase;
  let seminarId: string;

  beforeAll(async () => {
    process.env.FRISTVAKT_NOW = "2025-01-10T12:00:00+01:00";
    process.env.FRISTVAKT_PUBLIC_URL = BASE;
    process.env.FRISTVAKT_API_RATE_LIMIT = "1000000";
    database = await createTestDatabase();
    holder.db = database.db;
    const db = database.db;
    const jd = await createActor(db, { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" });
    const bfd = await createActor(db, { slug: "bfd", shortName: "BFD", name: "Barne- og familiedepartementet" });
    const barn = await createTopic(db, { slug: "barn", name: "Barn og unge" });
    await createItem(db, {
      actorId: jd.id,
      deadline: "2025-01-17",
      title: "NOU om barn",
      reference: "NOU 2024:17",
      sentOn: "2024-10-25",
      topicIds: [barn.id],
    });
    await createItem(db, { actorId: jd.id, deadline: "2025-03-31", title: "Senere høring" });
    await createItem(db, { actorId: bfd.id, kind: "STRATEGY_INPUT", deadline: "2025-01-17", title: "Innspill samme dag" });
    await createItem(db, { actorId: bfd.id, kind: "DEADLINE", deadline: "2024-12-01", title: "Stengt frist", topicIds: [barn.id] });
    await createItem(db, {
      actorId: bfd.id,
      kind: "DEADLINE",
      deadline: "2025-02-01",
      title: "Avlyst",
      cancelledAt: new Date("2025-01-05T09:00:00Z"),
    });
    const seminar = await createItem(db, {
      actorId: jd.id,
      kind: "SEMINAR",
      startOn: "2025-03-31",
      startAt: new Date("2025-03-31T09:00:00+02:00"),
      endAt: new Date("2025-03-31T11:30:00+02:00"),
      title: "Webinar",
    });
    seminarId = seminar.id;
    for (let i = 0; i < 7; i++) await createItem(db, { actorId: bfd.id, deadline: "2025-02-14", title: `Lik frist ${i}` });
  });
  afterAll(() => database.drop());

  it("lists every item once across pages, soonest first, in the documented shape", async () => {
    const rows = await database.db.item.findMany({ orderBy: [{ dueOn: "asc" }, { id: "asc" }], select: { id: true } });
    expect(await allPages("", 3)).toEqual(rows.map((row) => row.id));
    expect(await allPages("", 100)).toEqual(rows.map((row) => row.id));
  });

  it("answers the stable field names, with dates, instants, status and links", async () => {
    const { body } = await call("?actor=jd&kind=seminar");
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      id: seminarId,
      kind: "SEMINAR",
      issuer: { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" },
      start: "2025-03-31",
      startTime: "2025-03-31T07:00:00.000Z",
      endTime: "2025-03-31T09:30:00.000Z",
      status: "UPCOMING",
      cancelled: false,
      links: {
        self: `${BASE}/api/items/${seminarId}`,
        html: `${BASE}/items/${seminarId}`,
        calendar: `${BASE}/items/${seminarId}/calendar.ics`,
      },
    });
    const one = await callItem(seminarId);
    expect(one.status).toBe(200);
    expect(validator.errorsFor("Item", one.body)).toBeNull();
    expect(one.body).toEqual(body.items[0]);
  });

  it("filters like the feeds, plus status", async () => {
    const titles = async (query: string) => (await call(query)).body.items.map((item: { title: string }) => item.title).sort();
    expect(await titles("?topic=barn")).toEqual(["NOU om barn", "Stengt frist"]);
    expect(await titles("?actor=jd&kind=hearing")).toEqual(["NOU om barn", "Senere høring"]);
    expect(await titles("?actor=jd,bfd&status=closing_soon")).toEqual(["Innspill samme dag", "NOU om barn"]);
    expect(await titles("?status=cancelled")).toEqual(["Avlyst"]);
    expect(await titles("?kind=deadline&status=closed")).toEqual(["Stengt frist"]);
    const nou = (await call("?topic=barn&kind=hearing")).body.items[0];
    expect(nou).toMatchObject({
      status: "CLOSING_SOON",
      sentDate: "2024-10-25",
      deadline: "2025-01-17",
      reference: "NOU 2024:17",
      topics: [{ slug: "barn", name: "Barn og unge" }],
    });
  });

  it("pages by update time with updatedSince, never skipping an item updated in the same millisecond", async () => {
    await database.db.$executeRaw`UPDATE item SET updated_at = ${new Date("2025-01-01T00:00:00Z")}`;
    await database.db.$executeRaw`UPDATE item SET updated_at = ${new Date("2025-01-09T08:00:00Z")} WHERE title LIKE 'Lik frist%'`;
    const ids = await allPages("?updatedSince=2025-01-09T09:00:00%2B01:00", 2);
    const expected = await database.db.item.findMany({
      where: { title: { startsWith: "Lik frist" } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    expect(ids).toEqual(expected.map((row) => row.id));
    expect((await call("?updatedSince=2025-01-09T08:00:00.001Z")).body.items).toEqual([]);
  });

  it("answers 400 with a JSON error naming the parameter", async () => {
    for (const [query, field] of [
      ["?kinds=hearing", "kinds"],
      ["?kind=meeting", "kind"],
      ["?status=soon", "status"],
      ["?limit=101", "limit"],
      ["?updatedSince=i%20g%C3%A5r", "updatedSince"],
      ["?cursor=abc", "cursor"],
      ["?actor=finnes-ikke", "actor"],
      ["?topic=jd", "topic"],
    ] as const) {
      const { status, body, headers } = await call(query);
      expect(status, query).toBe(400);
      expect(headers.get("content-type")).toMatch(/^application\/json/);
      expect(validator.errorsFor("Error", body), query).toBeNull();
      expect(body.error.field, query).toBe(field);
    }
  });

  it("answers 404 in JSON for an id that is not an item", async () => {
    for (const id of ["99999999-9999-4999-8999-999999999999", "ikke-en-id", "%00"]) {
      const { status, body } = await callItem(id);
      expect(status).toBe(404);
      expect(validator.errorsFor("Error", body)).toBeNull();
    }
  });

  it("describes itself in an OpenAPI 3.1 document whose schemas reject what they should", async () => {
    const response = getOpenApi();
    const document = await response.json();
    expect(document).toMatchObject({ openapi: "3.1.0", servers: [{ url: BASE }] });
    expect(Object.keys(document.paths)).toEqual(["/api/items", "/api/items/{id}", "/api/openapi.json"]);
    const { body } = await call("?limit=1");
    const item = body.items[0];
    expect(validator.errorsFor("Item", item)).toBeNull();
    expect(validator.errorsFor("Item", { ...item, extra: 1 })).not.toBeNull();
    expect(validator.errorsFor("Item", { ...item, deadline: "17.01.2025" })).not.toBeNull();
    expect(validator.errorsFor("Item", { ...item, kind: "hearing" })).not.toBeNull();
  });

  it("answers 503 in JSON when the database does not answer", async () => {
    const working = holder.db;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const down = createPrismaClient("postgresql://nobody:secret@127.0.0.1:9/none", { max: 1 });
    holder.db = down;
    try {
      const { status, headers, body } = await call("");
      expect(status).toBe(503);
      expect(headers.get("retry-after")).toBe("30");
      expect(validator.errorsFor("Error", body)).toBeNull();
      expect(logged).toHaveBeenCalled();
    } finally {
      holder.db = working;
      logged.mockRestore();
      await down.$disconnect();
    }
  });
});
