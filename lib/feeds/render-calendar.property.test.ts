import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLineProblems, parseCalendar } from "../dev/testing/ical";
import type { ItemView } from "../model/item";
import { eventDescription, eventLocation, eventSummary } from "./item-event";
import { renderCalendar } from "../dev/testing/calendar-text";
import { feedItem } from "./test-items";

const BASE = "https://fristvakt.example";

// Text people paste: Norwegian letters, emoji (also joined and flags), the characters TEXT
// must escape, every kind of line break, plus arbitrary code points (controls, lone surrogates).
const pieces = [
  "a",
  "Z",
  "æ",
  "ø",
  "å",
  "Æ",
  "Ø",
  "Å",
  "é",
  " ",
  "  ",
  ",",
  ";",
  ":",
  "\\",
  "\\n",
  '"',
  "\r",
  "\n",
  "\r\n",
  "\t",
  "😀",
  "👩‍👩‍👧",
  "🇳🇴",
  "–",
  "«",
  "»",
  "END:VEVENT",
  "ATTENDEE:x",
];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...pieces), maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  // Long runs of multi-octet and escaped characters, so that lines fold many times.
  fc.string({ unit: fc.constantFrom("😀", "ø", "\\", ",", "a", "\n"), minLength: 100, maxLength: 400 }),
);

/** What a client should read back: the test's own account of the cleaning rules. */
function expected(value: string): string {
  return value
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}
const oneLine = (value: string) =>
  expected(value)
    .replace(/ *\n+ */g, " ")
    .trim();

const item = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom("HEARING", "STRATEGY_INPUT", "SEMINAR", "DEADLINE" as const),
    title: text,
    reference: fc.option(text),
    summary: fc.option(text),
    location: fc.option(text),
    isOnline: fc.boolean(),
    cancelReason: fc.option(text),
    isCancelled: fc.boolean(),
    url: fc.option(fc.oneof(fc.webUrl(), text)),
    actorName: text,
    actorShort: text,
    topics: fc.array(text, { maxLength: 3 }),
    version: fc.nat(1000),
  })
  .map(({ isCancelled, actorName, actorShort, topics, ...fields }): ItemView => {
    const isSeminar = fields.kind === "SEMINAR";
    return feedItem({
      ...fields,
      deadline: isSeminar ? null : "2025-02-14",
      startOn: isSeminar ? "2025-02-14" : null,
      endOn: isSeminar ? "2025-02-15" : null,
      cancelledAt: isCancelled ? new Date("2025-01-05T10:00:00Z") : null,
      actor: { slug: "x", name: actorName, shortName: actorShort },
      topics: topics.map((name, i) => ({ slug: `t${i}`, name, nameEn: name })),
    });
  });

const EVENT_PROPERTIES = [
  "uid",
  "sequence",
  "dtstamp",
  "created",
  "last-modified",
  "dtstart",
  "dtend",
  "summary",
  "description",
  "location",
  "url",
  "categories",
  "status",
  "transp",
];
const CALENDAR_PROPERTIES = [
  "version",
  "prodid",
  "calscale",
  "name",
  "x-wr-calname",
  "description",
  "x-wr-caldesc",
  "x-wr-timezone",
  "refresh-interval",
  "x-published-ttl",
  "source",
];

describe("any text in any field", () => {
  it("round-trips through ical.js, stays inside its own property and keeps lines within 75 octets", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), text, (items, name) => {
        const source = renderCalendar({ name, items, baseUrl: BASE, sourceUrl: `${BASE}/feeds/all.ics` });
        expect(findLineProblems(source)).toEqual([]);
        const calendar = parseCalendar(source);
        expect(calendar.name).toBe(expected(name));
        expect(calendar.componentNames).toEqual(items.map(() => "vevent"));
        expect(calendar.propertyNames).toEqual(CALENDAR_PROPERTIES);
        calendar.events.forEach((event, i) => {
          const original = items[i];
          expect(event.uid).toBe(`${original.id}@fristvakt.no`);
          expect(event.summary).toBe(eventSummary(original));
          expect(event.summary).toContain(oneLine(original.title));
          expect(event.description).toBe(expected(eventDescription(original, BASE)));
          expect(event.description).toContain(expected(original.actor.name));
          expect(event.location).toBe(eventLocation(original));
          expect(event.categories).toEqual(original.topics.map((t) => oneLine(t.name)).filter(Boolean));
          expect(event.status).toBe(original.cancelledAt ? "CANCELLED" : "CONFIRMED");
          const once = event.propertyNames.filter((p) => p !== "categories");
          expect(new Set(once).size).toBe(once.length);
          expect(event.propertyNames.every((p) => EVENT_PROPERTIES.includes(p))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
