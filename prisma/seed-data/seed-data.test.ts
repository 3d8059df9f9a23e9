import { describe, expect, it } from "vitest";
import { checkItemFields, keepKindFields } from "../../lib/items/fields";
import { ITEM_KINDS } from "../../lib/model/item";
import { actors, newsletters, topics } from "./index";
import type { SeedItem, SeedNewsletter } from "./types";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

const allItems: { newsletter: SeedNewsletter; item: SeedItem }[] = newsletters.flatMap((newsletter) =>
  newsletter.items.map((item) => ({ newsletter, item })),
);

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function datesOf(item: SeedItem): string[] {
  return [item.sentOn, item.deadline, item.startOn, item.endOn].filter((d): d is string => d !== null);
}

function find(sourceSlug: string, key: string): SeedItem {
  const newsletter = newsletters.find((n) => n.source.slug === sourceSlug);
  const item = newsletter?.items.find((i) => i.key === key);
  if (!item) throw new Error(`No item ${key} in ${sourceSlug}`);
  return item;
}

function byReference(reference: string): SeedItem {
  const matches = allItems.filter(({ item }) => item.reference === reference);
  expect(matches).toHaveLength(1);
  return matches[0].item;
}

describe("seed actors and topics", () => {
  it("have unique ASCII kebab-case slugs and names", () => {
    for (const list of [actors, topics]) {
      const slugs = list.map((entry) => entry.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(SLUG);
    }
    for (const actor of actors) {
      expect(actor.shortName.trim()).not.toBe("");
      expect(actor.name.trim()).not.toBe("");
      expect(["MINISTRY", "DIRECTORATE", "RESEARCH", "NGO", "INTERNATIONAL", "OTHER"]).toContain(actor.type);
      if (actor.url !== null) expect(actor.url).toMatch(/^https:\/\//);
    }
    for (const topic of topics) {
      expect(topic.name.trim()).not.toBe("");
      expect(topic.nameEn.trim()).not.toBe("");
    }
  });

  it("are all used by some item, and nothing else is", () => {
    const usedActors = new Set(allItems.map(({ item }) => item.issuer));
    const usedTopics = new Set(allItems.flatMap(({ item }) => item.topics));
    expect([...usedActors].sort()).toEqual(actors.map((a) => a.slug).sort());
    expect([...usedTopics].sort()).toEqual(topics.map((t) => t.slug).sort());
  });

  it("name the ministries with their usual short names", () => {
    const short = Object.fromEntries(actors.map((a) => [a.slug, a.shortName]));
    expect(short).toMatchObject({
      jd: "JD",
      aid: "AID",
      bfd: "BFD",
      kd: "KD",
      dfd: "DFD",
      "rvts-ost": "RVTS Øst",
      fafo: "Fafo",
      osse: "OSSE",
      kom: "KOM",
    });
    expect(actors.find((a) => a.slug === "jd")?.name).toBe("Justis- og beredskapsdepartementet");
    expect(actors.find((a) => a.slug === "dfd")?.name).toBe("Digitaliserings- og forvaltningsdepartementet");
  });
});

describe("seed newsletters", () => {
  it("hold every item to the rule the editor's form applies, with only its kind's fields", () => {
    for (const { item } of allItems) {
      const problems: string[] = [];
      checkItemFields(item, (field, reason) => problems.push(`${field}: ${reason}`));
      expect(problems, item.key).toEqual([]);
      expect(keepKindFields(item), item.key).toEqual(item);
    }
  });

  it("are the two KOM newsletters with unique source slugs", () => {
    expect(newsletters.map((n) => n.source.slug).sort()).toEqual(["kom-nyhetsbrev-2023-q1", "kom-nyhetsbrev-2024-q4"]);
    for (const { source } of newsletters) {
      expect(source.slug).toMatch(SLUG);
      expect(source.title).toMatch(/^Nyhetsbrev fra KOM /);
      if (source.publishedOn !== null) expect(isRealDate(source.publishedOn)).toBe(true);
    }
    const q4 = newsletters.find((n) => n.source.slug === "kom-nyhetsbrev-2024-q4")!;
    expect(q4.source.title).toBe("Nyhetsbrev fra KOM oktober–desember 2024");
    expect(q4.source.periodLabel).toBe("oktober–desember 2024");
  });

  it("have keys that are unique within each newsletter", () => {
    for (const { items } of newsletters) {
      const keys = items.map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(SLUG);
    }
  });
});

describe("every seed item", () => {
  it.each(allItems.map(({ newsletter, item }) => [`${newsletter.source.slug}/${item.key}`, item] as const))(
    "%s is well formed",
    (_name, item) => {
      expect(ITEM_KINDS).toContain(item.kind);
      expect(item.title.trim()).not.toBe("");
      expect(item.excerpt.trim()).not.toBe("");
      expect(item.excerpt).not.toMatch(/\n/);
      expect(actors.map((a) => a.slug)).toContain(item.issuer);
      expect(item.topics.length).toBeGreaterThan(0);
      expect(new Set(item.topics).size).toBe(item.topics.length);
      for (const topic of item.topics) expect(topics.map((t) => t.slug)).toContain(topic);
      for (const date of datesOf(item)) expect(isRealDate(date), date).toBe(true);
      for (const time of [item.startTime, item.endTime]) if (time !== null) expect(time).toMatch(TIME);
      if (item.url !== null) expect(item.url).toMatch(/^(https?:\/\/|mailto:)/);

      switch (item.kind) {
        case "HEARING":
          expect(item.sentOn).not.toBeNull();
          expect(item.deadline).not.toBeNull();
          expect(item.deadline! > item.sentOn!).toBe(true);
          break;
        case "STRATEGY_INPUT":
        case "DEADLINE":
          expect(item.deadline).not.toBeNull();
          if (item.sentOn !== null) expect(item.deadline! >= item.sentOn).toBe(true);
          break;
        case "SEMINAR":
          expect(item.startOn).not.toBeNull();
          expect(item.endOn).not.toBeNull();
          expect(item.endOn! >= item.startOn!).toBe(true);
          expect(item.deadline).toBeNull();
          expect(item.sentOn).toBeNull();
          if (item.startTime && item.endTime && item.startOn === item.endOn) {
            expect(item.endTime > item.startTime).toBe(true);
          }
          break;
      }
      if (item.kind !== "SEMINAR") {
        expect(item.startOn).toBeNull();
        expect(item.endOn).toBeNull();
        expect(item.startTime).toBeNull();
        expect(item.endTime).toBeNull();
        expect(item.location).toBeNull();
        expect(item.isOnline).toBe(false);
      }
    },
  );

  // Dates the text states outright; two are derived and listed here.
  const DERIVED = new Set(["nspm-rundbordsmote-mindrearige", "voldtektsutvalget-nou-levering"]);

  it("has dates that its excerpt states (day and month)", () => {
    for (const { item } of allItems) {
      if (DERIVED.has(item.key)) continue;
      for (const date of datesOf(item)) {
        const day = Number(date.slice(8, 10));
        const month = MONTHS[Number(date.slice(5, 7)) - 1];
        expect(item.excerpt, `${item.key} ${date}`).toMatch(new RegExp(`(^|\\D)${day}(\\D|$)`));
        expect(item.excerpt.toLowerCase(), `${item.key} ${date}`).toContain(month);
      }
    }
  });

  it("has years inferred from its newsletter's period", () => {
    for (const { newsletter, item } of allItems) {
      for (const date of datesOf(item)) {
        if (newsletter.source.slug === "kom-nyhetsbrev-2024-q4") {
          expect(date >= "2024-10-01" && date <= "2025-12-31", `${item.key} ${date}`).toBe(true);
        } else {
          expect(date >= "2023-01-01" && date <= "2024-01-31", `${item.key} ${date}`).toBe(true);
        }
      }
    }
  });
});

describe("the items of both newsletters", () => {
  const hearings = allItems.filter(({ item }) => item.kind === "HEARING").map(({ item }) => item);

  it("hold exactly ten hearings, five in each newsletter, and a strategy input", () => {
    expect(hearings).toHaveLength(10);
    for (const { items } of newsletters) expect(items.filter((i) => i.kind === "HEARING")).toHaveLength(5);
    expect(allItems.filter(({ item }) => item.kind === "STRATEGY_INPUT").length).toBeGreaterThanOrEqual(1);
  });

  it("give the NOU 2024:17 hearing its dates, issuer and link", () => {
    const item = byReference("NOU 2024:17");
    expect(item).toMatchObject({ kind: "HEARING", sentOn: "2024-10-16", deadline: "2025-01-17", issuer: "dfd" });
    expect(item.title).toContain("Kommersielle og ideelle aktørers rolle i fellesskapets velferdstjenester");
    expect(item.url).toContain("horing-nou-202417-kommersielle-og-ideelle");
  });

  it("give the other hearings of October–December 2024 their dates and issuers", () => {
    expect(byReference("NOU 2024:20")).toMatchObject({ issuer: "kd", sentOn: "2024-11-11", deadline: "2025-02-11" });
    expect(byReference("NOU 2024:20").url).toContain("skjermbrukutvalget");
    const q4 = "kom-nyhetsbrev-2024-q4";
    expect(find(q4, "horing-forskrift-sosiale-tjenester-uten-fast-bopel")).toMatchObject({
      issuer: "aid",
      sentOn: "2024-10-24",
      deadline: "2025-01-24",
    });
    expect(find(q4, "horing-varsling-fornaermede-etterlatte")).toMatchObject({
      issuer: "jd",
      sentOn: "2024-12-06",
      deadline: "2025-04-01",
    });
    expect(find(q4, "horing-lov-undersokelsesordning-barn")).toMatchObject({
      issuer: "bfd",
      sentOn: "2024-12-20",
      deadline: "2025-01-31",
    });
    for (const item of newsletters.find((n) => n.source.slug === q4)!.items.filter((i) => i.kind === "HEARING")) {
      expect(item.url).toMatch(/^https:\/\/www\.regjeringen\.no\/no\/dokumenter\/horing-/);
    }
    // A bill put before the Storting is not a hearing.
    expect(allItems.some(({ item }) => item.reference === "Prop. 30 L (2024–2025)")).toBe(false);
  });

  it("give the hearings of January–March 2023 their dates and issuers", () => {
    expect(byReference("NOU 2022:18")).toMatchObject({ issuer: "aid", sentOn: "2023-01-19", deadline: "2023-04-19" });
    expect(byReference("NOU 2023:7")).toMatchObject({ issuer: "bfd", sentOn: "2023-03-27", deadline: "2023-06-26" });
    const q1 = "kom-nyhetsbrev-2023-q1";
    expect(find(q1, "horing-kirkeasyl-engangslosning")).toMatchObject({ issuer: "jd", sentOn: "2023-02-22", deadline: "2023-03-15" });
    expect(find(q1, "horing-avvikle-au-pair-ordningen")).toMatchObject({ issuer: "jd", sentOn: "2023-03-29", deadline: "2023-06-29" });
    expect(find(q1, "horing-direktiv-2020-1057-sjaforer")).toMatchObject({ issuer: "aid", sentOn: "2023-03-29", deadline: "2023-05-24" });
  });

  it("give the strategy input its deadline", () => {
    const item = find("kom-nyhetsbrev-2024-q4", "innspill-strategi-menneskehandel");
    expect(item).toMatchObject({
      kind: "STRATEGY_INPUT",
      issuer: "jd",
      deadline: "2024-10-31",
      sentOn: null,
      title: "Invitasjon til innspill: Strategi mot menneskehandel",
    });
    expect(item.url).toContain("invitasjon-til-innspill-strategi-mot-menneskehandel");
  });

  it("keep the other dated deadlines", () => {
    expect(find("kom-nyhetsbrev-2024-q4", "fafo-sluttrapport-grasonen-sosial-dumping")).toMatchObject({
      kind: "DEADLINE",
      issuer: "fafo",
      deadline: "2025-11-15",
    });
    expect(find("kom-nyhetsbrev-2024-q4", "kom-rettsavgjorelser-oppdatering-2025-04")).toMatchObject({
      kind: "DEADLINE",
      issuer: "kom",
      deadline: "2025-04-30",
    });
    expect(find("kom-nyhetsbrev-2023-q1", "kom-rettsavgjorelser-oppdatering-2023-04")).toMatchObject({
      kind: "DEADLINE",
      issuer: "kom",
      deadline: "2023-04-30",
    });
  });

  it("give the RVTS Øst courses of 2025 their days, online", () => {
    const courses = newsletters.find((n) => n.source.slug === "kom-nyhetsbrev-2024-q4")!.items.filter((i) => i.issuer === "rvts-ost");
    expect(courses.map((c) => [c.startOn, c.endOn])).toEqual([
      ["2025-01-15", "2025-01-16"],
      ["2025-04-29", "2025-04-30"],
      ["2025-09-09", "2025-09-10"],
      ["2025-11-04", "2025-11-05"],
    ]);
    for (const course of courses) {
      expect(course.kind).toBe("SEMINAR");
      expect(course.isOnline).toBe(true);
      expect(course.url).toMatch(/^https:\/\/rvtsost\.no\/kurs\//);
    }
  });

  it("keep the meetings and conferences reported as held, with place", () => {
    const q4 = "kom-nyhetsbrev-2024-q4";
    expect(find(q4, "kompetansegruppe-fagseminar-haag")).toMatchObject({
      startOn: "2024-10-21",
      endOn: "2024-10-23",
      location: "Haag",
    });
    expect(find(q4, "kompetansegruppe-digitalt-mote-desember")).toMatchObject({ startOn: "2024-12-03", isOnline: true });
    expect(find(q4, "nspm-konferanse-goteborg")).toMatchObject({ startOn: "2024-10-18", endOn: "2024-10-18", location: "Göteborg" });
    expect(find(q4, "nordisk-koordinatorgruppe-stockholm")).toMatchObject({
      startOn: "2024-11-06",
      endOn: "2024-11-07",
      location: "Stockholm",
    });
    expect(find(q4, "radikaliseringskonferansen-2024")).toMatchObject({ issuer: "pod", startOn: "2024-12-11", isOnline: true });
    // The CBSS meeting in Tallinn is told twice; it is one item.
    expect(allItems.filter(({ item }) => item.startOn === "2024-11-28")).toHaveLength(1);
  });

  it("date the Berlin meeting the text gives two dates for once, naming the other date", () => {
    const item = find("kom-nyhetsbrev-2023-q1", "cbss-tf-thb-berlin");
    expect(item).toMatchObject({ startOn: "2023-02-16", endOn: "2023-02-17", location: "Berlin", issuer: "cbss" });
    expect(item.summary).toMatch(/17\.–18\. februar/);
    expect(allItems.filter(({ item: other }) => other.location === "Berlin")).toHaveLength(1);
  });

  it("put the events announced in the 2023 issue in 2023", () => {
    const q1 = "kom-nyhetsbrev-2023-q1";
    expect(find(q1, "kom-nasjonalt-seminar-2023")).toMatchObject({
      startOn: "2023-10-18",
      endOn: "2023-10-19",
      location: "Clarion Hotel Oslo",
    });
    expect(find(q1, "osse-alliance-conference-2023")).toMatchObject({ startOn: "2023-04-18", endOn: "2023-04-19", location: "Wien" });
  });
});
