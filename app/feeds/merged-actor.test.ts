// Calendar subscriptions to an actor that was merged into another keep working: the old
// address answers 301 with the feed that now holds its items.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/prisma";
import { mergeActors } from "@/lib/actors/mutations";
import { createActor, createItem, createUserRow, viewerOf } from "@/lib/dev/testing/factories";
import { parseCalendar } from "@/lib/dev/testing/ical";
import { createTestDatabase, type TestDatabase } from "@/lib/dev/testing/test-db";
import { GET as getActor } from "./actor/[file]/route";
import { GET as getCombined } from "./calendar.ics/route";

const holder = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", () => ({ getDb: () => holder.db }));

const BASE = "https://fristvakt.example";
const file = (value: string) => ({ params: Promise.resolve({ file: value }) });

describe("the feed of a merged actor", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    process.env.FRISTVAKT_NOW = "2025-01-10T12:00:00+01:00";
    process.env.FRISTVAKT_PUBLIC_URL = BASE;
    database = await createTestDatabase();
    holder.db = database.db;
    const keep = await createActor(database.db, { slug: "bufdir", name: "Barne-, ungdoms- og familiedirektoratet" });
    const remove = await createActor(database.db, { slug: "bufetat", name: "Barne-, ungdoms- og familieetaten" });
    await createItem(database.db, {
      actorId: remove.id,
      deadline: "2025-02-14",
      title: "Høring om tiltak for barn utsatt for menneskehandel",
    });
    const editor = viewerOf(await createUserRow(database.db, { role: "EDITOR" }));
    await mergeActors(database.db, editor, { keepId: keep.id, removeId: remove.id }, new Date("2025-01-10T11:00:00Z"));
  });
  afterAll(() => database.drop());

  it("sends subscribers of the removed actor's feed on to the kept actor's, permanently", async () => {
    const response = await getActor(new Request(`${BASE}/feeds/actor/bufetat.ics`), file("bufetat.ics"));
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`${BASE}/feeds/actor/bufdir.ics`);
    const followed = await getActor(new Request(`${BASE}/feeds/actor/bufdir.ics`), file("bufdir.ics"));
    expect(followed.status).toBe(200);
    const { events } = parseCalendar(await followed.text());
    expect(events.map((event) => event.summary)).toEqual([expect.stringContaining("Høring om tiltak for barn utsatt for menneskehandel")]);
  });

  it("rewrites a combined feed that named it, and still refuses an actor that never was", async () => {
    const combined = await getCombined(new Request(`${BASE}/feeds/calendar.ics?actor=bufetat,bufdir&kind=hearing`));
    expect(combined.status).toBe(301);
    expect(combined.headers.get("location")).toBe(`${BASE}/feeds/calendar.ics?actor=bufdir&kind=hearing`);
    const unknown = await getActor(new Request(`${BASE}/feeds/actor/finnes-ikke.ics`), file("finnes-ikke.ics"));
    expect(unknown.status).toBe(404);
  });
});
