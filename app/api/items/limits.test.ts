// The JSON API under hostile or heavy use: fuzzed parameters never cause a server error, and
// the per-address limit answers 429 with Retry-After, counted in the database.
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encodeCursor } from "@/lib/api/cursor";
import type { Db } from "@/lib/db/prisma";
import { createActor, createItem, createTopic } from "@/lib/dev/testing/factories";
import { createOpenApiValidator } from "@/lib/dev/testing/openapi-validator";
import { createTestDatabase, type TestDatabase } from "@/lib/dev/testing/test-db";
import { GET as getItem } from "./[id]/route";
import { GET as listItems } from "./route";

const holder = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", () => ({ getDb: () => holder.db }));

const BASE = "https://fristvakt.example";
const validator = createOpenApiValidator(BASE);
const KEYS = ["actor", "topic", "kind", "status", "updatedSince", "cursor", "limit"];

const valueArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    "jd",
    "barn",
    "hearing",
    "SEMINAR",
    "open",
    "closing-soon",
    "cancelled",
    "1",
    "100",
    "101",
    "0",
    "-1",
    "1e2",
    ",",
    "jd,,barn",
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.integer().map(String),
  fc
    .record({ order: fc.constantFrom("due" as const, "updated" as const), value: fc.string({ maxLength: 24 }), id: fc.uuid() })
    .map(encodeCursor),
  fc.base64String({ maxLength: 60 }),
);
const queryArb = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })), valueArb), { maxLength: 6 });

describe("JSON API limits", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    process.env.FRISTVAKT_NOW = "2025-01-10T12:00:00+01:00";
    process.env.FRISTVAKT_PUBLIC_URL = BASE;
    database = await createTestDatabase();
    holder.db = database.db;
    const jd = await createActor(database.db, { slug: "jd" });
    const barn = await createTopic(database.db, { slug: "barn" });
    for (let i = 0; i < 5; i++) await createItem(database.db, { actorId: jd.id, deadline: `2025-01-1${i}`, topicIds: [barn.id] });
  });
  afterEach(() => {
    delete process.env.FRISTVAKT_API_RATE_LIMIT;
  });
  afterAll(() => database.drop());

  it("answers 200 or a JSON 400 for any combination of parameters, never a server error", async () => {
    process.env.FRISTVAKT_API_RATE_LIMIT = "1000000";
    await fc.assert(
      fc.asyncProperty(queryArb, async (pairs) => {
        const params = new URLSearchParams();
        for (const [key, value] of pairs) params.append(key, value);
        const response = await listItems(new Request(`${BASE}/api/items?${params}`, { headers: { "x-forwarded-for": "192.0.2.10" } }));
        const body = await response.json();
        expect([200, 400], `${params} → ${JSON.stringify(body)}`).toContain(response.status);
        expect(validator.errorsFor(response.status === 200 ? "ItemList" : "Error", body), String(params)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("answers 200 or a JSON 404 for any id", async () => {
    process.env.FRISTVAKT_API_RATE_LIMIT = "1000000";
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), async (id) => {
        const response = await getItem(new Request(`${BASE}/api/items/x`), { params: Promise.resolve({ id }) });
        expect([200, 404]).toContain(response.status);
        expect(validator.errorsFor(response.status === 200 ? "Item" : "Error", await response.json())).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("answers 429 with Retry-After after the limit, per address, bad requests counted too", async () => {
    process.env.FRISTVAKT_API_RATE_LIMIT = "3";
    const request = (address: string, query = "") =>
      listItems(new Request(`${BASE}/api/items${query}`, { headers: { "x-forwarded-for": address } }));
    expect((await request("198.51.100.7")).status).toBe(200);
    expect((await request("198.51.100.7", "?kind=meeting")).status).toBe(400);
    const third = await request("198.51.100.7");
    expect(third.headers.get("x-ratelimit-remaining")).toBe("0");
    const refused = await request("198.51.100.7");
    expect(refused.status).toBe(429);
    // FRISTVAKT_NOW is 12:00:00 sharp: a full minute until the window ends.
    expect(refused.headers.get("retry-after")).toBe("60");
    const body = await refused.json();
    expect(validator.errorsFor("Error", body)).toBeNull();
    expect(body.error).toMatchObject({ code: "rate_limited", field: null });
    expect((await request("198.51.100.8")).status).toBe(200);
    const [row] = await database.db.apiRateLimit.findMany({ where: { key: "api:198.51.100.7" } });
    expect(row.count).toBe(4);
  });

  it("holds the limit under concurrent requests: exactly the limit gets through", async () => {
    process.env.FRISTVAKT_API_RATE_LIMIT = "10";
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => listItems(new Request(`${BASE}/api/items`, { headers: { "x-forwarded-for": "203.0.113.9" } }))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });
});
