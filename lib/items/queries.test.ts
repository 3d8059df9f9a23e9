import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createItem, createTopic } from "../dev/testing/factories";
import { EMPTY_FILTER, type ItemFilter } from "./filters";
import { getDashboard, getItem, listItems, PAGE_SIZE, type TimeContext } from "./queries";

// 10 January 2025, noon in Oslo.
const time: TimeContext = { now: new Date("2025-01-10T11:00:00Z"), closingSoonDays: 14 };
const filter = (patch: Partial<ItemFilter>): ItemFilter => ({ ...EMPTY_FILTER, ...patch });

describe("item queries against PostgreSQL", () => {
  let database: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const jd = await createActor(db, { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" });
    const bfd = await createActor(db, { slug: "bfd", shortName: "BFD" });
    const children = await createTopic(db, { slug: "barn-og-unge" });
    const make = async (key: string, input: Parameters<typeof createItem>[1]) => {
      ids[key] = (await createItem(db, input)).id;
    };
    await make("today", { actorId: jd.id, deadline: "2025-01-10", title: "Frist i dag" });
    await make("edge", { actorId: jd.id, deadline: "2025-01-24", title: "Siste dag i vinduet", topicIds: [children.id] });
    await make("later", { actorId: bfd.id, deadline: "2025-01-25", title: "Utenfor vinduet", reference: "NOU 2024:20" });
    await make("yesterday", { actorId: bfd.id, deadline: "2025-01-09", title: "Stengte i går" });
    await make("old", { actorId: bfd.id, deadline: "2024-10-31", title: "Gammel frist" });
    await make("cancelled", {
      actorId: jd.id,
      deadline: "2025-01-15",
      title: "Avlyst høring",
      cancelledAt: new Date("2025-01-02T10:00:00Z"),
    });
    await make("seminar-next", { actorId: jd.id, kind: "SEMINAR", startOn: "2025-01-15", endOn: "2025-01-16", title: "Seminar om barn" });
    await make("seminar-done", { actorId: jd.id, kind: "SEMINAR", startOn: "2024-12-11", title: "Konferanse i desember" });
    await make("seminar-ends-soon", {
      actorId: bfd.id,
      kind: "SEMINAR",
      startOn: "2025-01-10",
      startAt: new Date("2025-01-10T08:00:00Z"),
      endAt: new Date("2025-01-10T10:30:00Z"),
      title: "Webinar i morges",
    });
  });
  afterAll(() => database.drop());

  const titles = async (f: ItemFilter) => (await listItems(database.db, f, time)).items.map((i) => i.title);

  it("puts a deadline today and one at the window's last day in closing soon, not the day after", async () => {
    const dashboard = await getDashboard(database.db, time);
    expect(dashboard.closingSoon.map((i) => i.title)).toEqual(["Frist i dag", "Siste dag i vinduet"]);
    expect(dashboard.laterOpen.map((i) => i.title)).toEqual(["Utenfor vinduet"]);
    expect(dashboard.recentlyClosed.map((i) => i.title)).toEqual(["Stengte i går"]);
    expect(dashboard.upcomingSeminars.map((i) => i.title)).toEqual(["Seminar om barn"]);
  });

  it("filters by status with the same boundaries", async () => {
    expect(await titles(filter({ status: "closing_soon" }))).toEqual(["Frist i dag", "Siste dag i vinduet"]);
    expect(await titles(filter({ status: "open" }))).toEqual(["Frist i dag", "Siste dag i vinduet", "Utenfor vinduet"]);
    expect(await titles(filter({ status: "closed" }))).toEqual(["Stengte i går", "Gammel frist"]);
    expect(await titles(filter({ status: "upcoming" }))).toEqual(["Seminar om barn"]);
    expect(await titles(filter({ status: "past" }))).toEqual(["Webinar i morges", "Konferanse i desember"]);
    expect(await titles(filter({ status: "cancelled" }))).toEqual(["Avlyst høring"]);
  });

  it("filters by actor, topic, kind and text, and combines them", async () => {
    expect(await titles(filter({ actors: ["bfd"], kinds: ["HEARING"] }))).toEqual(["Utenfor vinduet", "Stengte i går", "Gammel frist"]);
    expect(await titles(filter({ topics: ["barn-og-unge"] }))).toEqual(["Siste dag i vinduet"]);
    expect(await titles(filter({ q: "nou 2024:20" }))).toEqual(["Utenfor vinduet"]);
    expect(await titles(filter({ q: "100%_\\" }))).toEqual([]);
    expect(await titles(filter({ actors: ["finnes-ikke"] }))).toEqual([]);
  });

  it("opens with open deadlines soonest first, then seminars to come, then the rest newest first", async () => {
    expect(await titles(EMPTY_FILTER)).toEqual([
      "Frist i dag",
      "Siste dag i vinduet",
      "Utenfor vinduet",
      "Seminar om barn",
      "Avlyst høring",
      "Webinar i morges",
      "Stengte i går",
      "Konferanse i desember",
      "Gammel frist",
    ]);
    const byTitle = (await listItems(database.db, EMPTY_FILTER, time, 1, "title")).items.map((i) => i.title);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => (a < b ? -1 : 1)));
    expect((await listItems(database.db, EMPTY_FILTER, time, 1, "newest")).total).toBe(9);
  });

  it("searches word by word, and by the issuer's name, short name or short form", async () => {
    expect(await titles(filter({ q: "nou 2024 20" }))).toEqual(["Utenfor vinduet"]);
    expect(await titles(filter({ q: "NOU 2024-20" }))).toEqual(["Utenfor vinduet"]);
    const jdTitles = ["Frist i dag", "Siste dag i vinduet", "Seminar om barn", "Avlyst høring", "Konferanse i desember"];
    expect(await titles(filter({ q: "justisdepartementet" }))).toEqual(jdTitles);
    expect(await titles(filter({ q: "JD" }))).toEqual(jdTitles);
    expect(await titles(filter({ q: "justisdepartementet seminar" }))).toEqual(["Seminar om barn"]);
  });

  it("pages through the results", async () => {
    const page = await listItems(database.db, EMPTY_FILTER, time, 1);
    expect(page.total).toBe(9);
    expect(page.pageCount).toBe(Math.ceil(9 / PAGE_SIZE));
    expect((await listItems(database.db, EMPTY_FILTER, time, 2)).items).toEqual([]);
  });

  it("gets one item with its actor and topics, and null for ids that do not exist", async () => {
    const item = await getItem(database.db, ids.edge);
    expect(item?.deadline).toBe("2025-01-24");
    expect(item?.actor.shortName).toBe("JD");
    expect(item?.topics.map((t) => t.slug)).toEqual(["barn-og-unge"]);
    expect(await getItem(database.db, "00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(await getItem(database.db, "'; DROP TABLE item; --")).toBeNull();
  });

  it("keeps a seminar with an end time but no start time in the upcoming views for its whole day, as its badge says", async () => {
    // An import file may give an end time alone; such a seminar is an all-day one (its page
    // reads "ongoing" and the calendar feed has it all day). The lists used to drop it into
    // "past" at its end time.
    const db = database.db;
    const actor = await createActor(db, { slug: "kun-slutt" });
    const seminar = await createItem(db, {
      actorId: actor.id,
      kind: "SEMINAR",
      startOn: "2025-01-10",
      endAt: new Date("2025-01-10T09:00:00Z"),
      title: "Frokostseminar uten starttid",
    });
    try {
      const only = (patch: Partial<ItemFilter>) => titles(filter({ actors: ["kun-slutt"], ...patch }));
      expect(await only({ status: "upcoming" })).toEqual(["Frokostseminar uten starttid"]);
      expect(await only({ status: "past" })).toEqual([]);
      expect((await getDashboard(db, time)).upcomingSeminars.map((i) => i.title)).toContain("Frokostseminar uten starttid");
      const nextDay = { ...time, now: new Date("2025-01-10T23:00:00Z") };
      expect((await listItems(db, filter({ actors: ["kun-slutt"], status: "past" }), nextDay)).items.map((i) => i.title)).toEqual([
        "Frokostseminar uten starttid",
      ]);
    } finally {
      await db.item.delete({ where: { id: seminar.id } });
    }
  });
});
