import { describe, expect, it } from "vitest";
import { findLineProblems, parseCalendar } from "../dev/testing/ical";
import { renderCalendar } from "../dev/testing/calendar-text";
import { feedItem } from "./test-items";
import type { ItemView } from "../model/item";

const BASE = "https://fristvakt.example";
const render = (items: ItemView[], name = "Fristvakt – alle frister") =>
  renderCalendar({ name, items, baseUrl: BASE, sourceUrl: `${BASE}/feeds/all.ics` });
const eventOf = (item: ItemView) => parseCalendar(render([item])).events[0];

describe("the calendar", () => {
  it("names itself in Norwegian and asks clients to refresh hourly, with nothing that invites a reply", () => {
    const text = render([feedItem()], "Fristvakt – JD, BFD · Høringer");
    expect(findLineProblems(text)).toEqual([]);
    const lines = text.split("\r\n");
    expect(lines.filter((l) => l === "VERSION:2.0")).toHaveLength(1);
    expect(lines).toContain("PRODID:-//Fristvakt//Fristvakt kalender//NB");
    expect(lines).toContain("NAME:Fristvakt – JD\\, BFD · Høringer");
    expect(lines).toContain("X-WR-CALNAME:Fristvakt – JD\\, BFD · Høringer");
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(lines).toContain("X-PUBLISHED-TTL:PT1H");
    expect(text).not.toMatch(/^(METHOD|ATTENDEE|ORGANIZER)/m);
    expect(parseCalendar(text).name).toBe("Fristvakt – JD, BFD · Høringer");
  });

  it("is a valid calendar without events when nothing matches", () => {
    const calendar = parseCalendar(render([]));
    expect(calendar.events).toEqual([]);
    expect(calendar.wrName).toBe("Fristvakt – alle frister");
  });

  it("gives the same bytes for the same data", () => {
    expect(render([feedItem()])).toBe(render([feedItem()]));
  });
});

describe("deadlines", () => {
  it("is an all-day event with a stable UID, the version as SEQUENCE and times in UTC", () => {
    const text = render([feedItem({ version: 3 })]);
    expect(text).toContain("UID:3f2c6d1e-8a47-4b8e-9a55-0c1d2e3f4a5b@fristvakt.no\r\n");
    expect(text).toContain("DTSTAMP:20250103T103015Z\r\n");
    expect(text).toContain("LAST-MODIFIED:20250103T103015Z\r\n");
    expect(text).toContain("DTSTART;VALUE=DATE:20250131\r\nDTEND;VALUE=DATE:20250201\r\n");
    const event = eventOf(feedItem({ version: 3 }));
    expect(event.sequence).toBe(6);
    expect(eventOf(feedItem({ version: 4 })).sequence).toBeGreaterThan(event.sequence);
    expect(event.status).toBe("CONFIRMED");
  });

  it.each([
    ["2025-12-31", "2026-01-01"],
    ["2024-02-28", "2024-02-29"],
    ["2025-02-28", "2025-03-01"],
    ["2025-03-30", "2025-03-31"], // summer time starts in Oslo that Sunday
    ["2025-10-26", "2025-10-27"], // and ends that Sunday
  ])("ends the day after %s (DTEND is exclusive)", (deadline, end) => {
    const event = eventOf(feedItem({ deadline }));
    expect([event.start, event.end, event.isAllDay]).toEqual([deadline, end, true]);
  });

  it("says what kind of deadline it is, with the reference once", () => {
    expect(eventOf(feedItem()).summary).toBe(
      "Høringsfrist: NOU 2024:17 Kommersielle og ideelle aktørers rolle i fellesskapets velferdstjenester",
    );
    expect(eventOf(feedItem({ title: "NOU 2024:17 Kommersielle aktører" })).summary).toBe("Høringsfrist: NOU 2024:17 Kommersielle aktører");
    expect(eventOf(feedItem({ reference: null, title: "Høring om X" })).summary).toBe("Høringsfrist: Høring om X");
    expect(eventOf(feedItem({ kind: "STRATEGY_INPUT", title: "Strategi" })).summary).toBe("Innspillsfrist: Strategi");
    expect(eventOf(feedItem({ kind: "DEADLINE", title: "Rapport" })).summary).toBe("Frist: Rapport");
  });

  it("describes issuer, reference, sent date, a short deadline and both links; topics become categories", () => {
    const event = eventOf(feedItem({ sentOn: "2025-01-02", summary: "Om saken; kort." }));
    expect(event.description.split("\n")).toEqual([
      "Avsender: Digitaliserings- og forvaltningsdepartementet (DFD)",
      "Referanse: NOU 2024:17",
      "Sendt på høring: 2. januar 2025",
      "Kort frist: høringen varer 29 dager. Normalen er tre måneder og ikke under seks uker (utredningsinstruksen 3-3).",
      "",
      "Om saken; kort.",
      "",
      `Se saken i Fristvakt: ${BASE}/items/3f2c6d1e-8a47-4b8e-9a55-0c1d2e3f4a5b`,
      "Kilde: https://www.regjeringen.no/no/dokumenter/horing-nou-2024-17/id3062411/",
    ]);
    expect(event.url).toBe(`${BASE}/items/3f2c6d1e-8a47-4b8e-9a55-0c1d2e3f4a5b`);
    expect(eventOf(feedItem()).description).not.toContain("Kort frist");
    const topics = [
      { slug: "a", name: "Vold i nære relasjoner", nameEn: "" },
      { slug: "b", name: "Negativ sosial kontroll, æresvold", nameEn: "" },
    ];
    expect(eventOf(feedItem({ topics })).categories).toEqual(["Vold i nære relasjoner", "Negativ sosial kontroll, æresvold"]);
  });
});

describe("seminars", () => {
  const seminar = (patch: Partial<ItemView>) =>
    feedItem({ kind: "SEMINAR", reference: null, sentOn: null, deadline: null, title: "Fagseminar", ...patch });

  it("covers its days as an all-day event when no times are known, across a year's end", () => {
    const event = eventOf(seminar({ startOn: "2024-12-30", endOn: "2025-01-02", location: "Haag" }));
    expect([event.start, event.end, event.summary, event.location]).toEqual(["2024-12-30", "2025-01-03", "Fagseminar", "Haag"]);
    expect(event.description).toContain("Arrangør: Digitaliserings- og forvaltningsdepartementet (DFD)");
  });

  it("is timed in UTC when its instants are known, on both sides of a daylight-saving change", () => {
    const winter = eventOf(
      seminar({ startOn: "2025-03-28", startAt: new Date("2025-03-28T09:00:00+01:00"), endAt: new Date("2025-03-28T15:30:00+01:00") }),
    );
    expect([winter.start, winter.end, winter.isAllDay]).toEqual(["2025-03-28T08:00:00Z", "2025-03-28T14:30:00Z", false]);
    const summer = eventOf(seminar({ startOn: "2025-03-31", startAt: new Date("2025-03-31T09:00:00+02:00"), endAt: null }));
    expect([summer.start, summer.end]).toEqual(["2025-03-31T07:00:00Z", "2025-03-31T22:00:00Z"]);
  });

  it("reads 'Digitalt' when online", () => {
    expect(eventOf(seminar({ startOn: "2025-02-01", isOnline: true })).location).toBe("Digitalt");
    expect(eventOf(seminar({ startOn: "2025-02-01", isOnline: true, location: "Oslo" })).location).toBe("Oslo, Digitalt");
    expect(eventOf(seminar({ startOn: "2025-02-01" })).location).toBeNull();
  });
});

describe("cancelled items", () => {
  it("keep their UID, raise SEQUENCE, carry STATUS:CANCELLED and say AVLYST", () => {
    const live = eventOf(feedItem({ version: 2 }));
    const cancelled = eventOf(feedItem({ version: 2, cancelledAt: new Date("2025-01-05T10:00:00Z"), cancelReason: "Trukket" }));
    expect(cancelled.uid).toBe(live.uid);
    expect(cancelled.sequence).toBeGreaterThan(live.sequence);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.summary).toBe(`AVLYST: ${live.summary}`);
    expect(cancelled.description.split("\n")[0]).toBe("Avlyst: Trukket");
    // Restoring is an edit, which raises the version: the live copy must then outrank the cancelled one.
    expect(eventOf(feedItem({ version: 3 })).sequence).toBeGreaterThan(cancelled.sequence);
  });
});
