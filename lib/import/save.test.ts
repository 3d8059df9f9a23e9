// Saving against a real PostgreSQL: a newsletter imported twice is saved once.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCalendarDate } from "../model/calendar-date";
import { createActor, createItem } from "../dev/testing/factories";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { extractItems } from "./extract";
import { saveProposedItems, UNKNOWN_ISSUER } from "./save";
import type { ProposedItem } from "./extract";

const text = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "kom-2024-q4.txt"), "utf8");
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});

afterAll(async () => {
  await test.drop();
});

const source = (slug: string) => ({ slug, title: `Nyhetsbrev ${slug}`, periodLabel: null, publishedOn: null });

function proposed(overrides: Partial<ProposedItem>): ProposedItem {
  return {
    key: `key-${Math.random()}`,
    kind: "DEADLINE",
    title: "Frist",
    reference: null,
    issuer: null,
    sentOn: null,
    deadline: "2025-03-01",
    startOn: null,
    endOn: null,
    startTime: null,
    endTime: null,
    location: null,
    isOnline: false,
    url: null,
    sources: ["Frist 1. mars."],
    warnings: [],
    confidence: { level: "high", yearSettled: true, reasons: [] },
    ...overrides,
  };
}

describe("saving imported items", () => {
  it("saves a newsletter's items once: importing it again creates nothing", async () => {
    const { items } = extractItems(text);
    const first = await saveProposedItems(test.db, source("kom-2024-q4"), items);
    expect(first.created).toHaveLength(22);
    expect(first.skipped).toEqual([]);
    expect(first.createdActors).toEqual(expect.arrayContaining(["dfd", "jd", "rvts-ost", "nspm"]));

    const second = await saveProposedItems(test.db, source("kom-2024-q4"), extractItems(text).items);
    expect(second.created).toEqual([]);
    expect(second.skipped.map((s) => s.reason)).toEqual(items.map(() => "same source key"));
    expect(second.createdActors).toEqual([]);
    expect(await test.db.item.count()).toBe(22);
    expect(await test.db.source.count({ where: { slug: "kom-2024-q4" } })).toBe(1);
  });

  it("stores dates as calendar days, with the issuer, the source and the sentence", async () => {
    const hearing = await test.db.item.findFirstOrThrow({ where: { reference: "NOU 2024:17" }, include: { actor: true, source: true } });
    expect(toCalendarDate(hearing.sentOn!)).toBe("2024-10-16");
    expect(toCalendarDate(hearing.deadline!)).toBe("2025-01-17");
    expect(toCalendarDate(hearing.dueOn)).toBe("2025-01-17");
    expect(hearing.actor).toMatchObject({
      slug: "dfd",
      shortName: "DFD",
      name: "Digitaliserings- og forvaltningsdepartementet",
      type: "MINISTRY",
    });
    expect(hearing.source?.slug).toBe("kom-2024-q4");
    expect(hearing.sourceExcerpt).toContain("sendte 16. oktober på høring");
    const course = await test.db.item.findFirstOrThrow({ where: { kind: "SEMINAR", startOn: new Date("2025-09-09T00:00:00Z") } });
    expect([toCalendarDate(course.endOn!), toCalendarDate(course.lastOn), course.isOnline]).toEqual(["2025-09-10", "2025-09-10", true]);
  });

  it("skips an item already there from elsewhere: same reference, title and date, or issuer and dates", async () => {
    const actor = await createActor(test.db, { slug: "bufdir-test" });
    await createItem(test.db, {
      actorId: actor.id,
      kind: "DEADLINE",
      title: "Påmelding til kurs",
      deadline: "2026-03-01",
      reference: "Prop. 1 S (2025–2026)",
    });
    const issuer = { slug: "bufdir-test", shortName: "B", name: "B", type: "DIRECTORATE" as const };
    const result = await saveProposedItems(test.db, source("other"), [
      proposed({ title: "Noe annet", reference: "prop. 1 s (2025–2026)", deadline: "2026-05-01" }),
      proposed({ title: "påmelding til KURS", deadline: "2026-03-01" }),
      proposed({ title: "Ny tittel", deadline: "2026-03-01", issuer }),
      proposed({ title: "Ny frist", deadline: "2026-03-02", issuer }),
    ]);
    expect(result.skipped.map((s) => s.reason)).toEqual(["same reference", "same title and date", "same issuer and dates"]);
    expect(result.created.map((i) => i.title)).toEqual(["Ny frist"]);
  });

  it("keeps an item without an issuer under the unknown issuer, with its times as instants", async () => {
    const result = await saveProposedItems(test.db, source("unknown"), [
      proposed({
        kind: "SEMINAR",
        title: "Fagdag",
        deadline: null,
        startOn: "2025-08-26",
        endOn: "2025-08-26",
        startTime: "09:30",
        endTime: "15:30",
      }),
    ]);
    expect(result.createdActors).toEqual([UNKNOWN_ISSUER.slug]);
    const saved = await test.db.item.findFirstOrThrow({ where: { title: "Fagdag" }, include: { actor: true } });
    expect(saved.actor.slug).toBe(UNKNOWN_ISSUER.slug);
    expect(saved.startAt?.toISOString()).toBe("2025-08-26T07:30:00.000Z");
    expect(saved.endAt?.toISOString()).toBe("2025-08-26T13:30:00.000Z");
  });

  it("keeps only the fields of the item's kind, as the editor's form does", async () => {
    const wrongly = proposed({
      title: "Høring med møtedag",
      kind: "HEARING",
      sentOn: "2025-02-03",
      deadline: "2025-05-05",
      startOn: "2025-03-10",
      startTime: "10:00",
      location: "Stortinget",
      isOnline: true,
    });
    await saveProposedItems(test.db, source("kind-fields"), [wrongly]);
    const saved = await test.db.item.findFirstOrThrow({ where: { title: "Høring med møtedag" } });
    expect([saved.startOn, saved.endOn, saved.startAt, saved.location, saved.isOnline]).toEqual([null, null, null, null, false]);
    expect(toCalendarDate(saved.deadline!)).toBe("2025-05-05");
  });

  it("saves nothing when one item cannot be saved", async () => {
    const before = await test.db.item.count();
    const broken = proposed({ kind: "HEARING", title: "Uten frist", deadline: null });
    await expect(saveProposedItems(test.db, source("broken"), [proposed({ title: "Gyldig" }), broken])).rejects.toThrow();
    expect(await test.db.item.count()).toBe(before);
    expect(await test.db.source.count({ where: { slug: "broken" } })).toBe(0);
  });
});
