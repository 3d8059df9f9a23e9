import { describe, expect, it } from "vitest";
import { itemCalendarLinks } from "./item-calendar-links";
import { feedItem } from "./test-items";

describe("itemCalendarLinks", () => {
  it("puts a deadline in the calendars as an all-day event on its day", () => {
    const item = feedItem({ deadline: "2025-01-31" });
    const links = itemCalendarLinks(item, "https://fristvakt.no")!;
    const google = new URL(links.google);
    expect(google.searchParams.get("dates")).toBe("20250131/20250201");
    expect(google.searchParams.get("text")).toMatch(/^Høringsfrist: /);
    expect(google.searchParams.get("details")).toBe(`https://fristvakt.no/items/${item.id}`);
    for (const [link, host] of [
      [links.outlook, "outlook.live.com"],
      [links.outlookOffice, "outlook.office.com"],
    ] as const) {
      const url = new URL(link);
      expect(url.host).toBe(host);
      expect([url.searchParams.get("startdt"), url.searchParams.get("enddt"), url.searchParams.get("allday")]).toEqual([
        "2025-01-31",
        "2025-02-01",
        "true",
      ]);
    }
    expect(links.ics).toBe(`/items/${item.id}/calendar.ics`);
  });

  it("gives a timed seminar its hours in UTC, and a seminar over several days those days", () => {
    const timed = feedItem({
      kind: "SEMINAR",
      deadline: null,
      startOn: "2025-03-30",
      endOn: "2025-03-30",
      startAt: new Date("2025-03-30T07:30:00Z"),
      endAt: new Date("2025-03-30T13:00:00Z"),
      location: "Oslo",
    });
    const links = itemCalendarLinks(timed, "https://fristvakt.no")!;
    expect(new URL(links.google).searchParams.get("dates")).toBe("20250330T073000Z/20250330T130000Z");
    expect(new URL(links.google).searchParams.get("location")).toContain("Oslo");
    expect(new URL(links.outlook).searchParams.get("allday")).toBeNull();
    const days = feedItem({ kind: "SEMINAR", deadline: null, startOn: "2024-10-21", endOn: "2024-10-23", startAt: null, endAt: null });
    expect(new URL(itemCalendarLinks(days, "https://fristvakt.no")!.google).searchParams.get("dates")).toBe("20241021/20241024");
  });
});
