import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, deadlineEndInstant, osloToday } from "./calendar";

describe("osloToday", () => {
  it("is already the next day in Oslo shortly before midnight UTC", () => {
    expect(osloToday(new Date("2025-01-09T23:30:00Z"))).toBe("2025-01-10");
    expect(osloToday(new Date("2025-01-09T22:59:59Z"))).toBe("2025-01-09");
    expect(osloToday(new Date("2025-01-09T23:00:00Z"))).toBe("2025-01-10");
  });

  it("turns over at 22:00 UTC in summer time", () => {
    expect(osloToday(new Date("2025-07-01T21:59:59Z"))).toBe("2025-07-01");
    expect(osloToday(new Date("2025-07-01T22:00:00Z"))).toBe("2025-07-02");
  });

  it("agrees with Intl's Europe/Oslo calendar for any instant", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" });
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2060-01-01"), noInvalidDate: true }), (now) => {
        expect(osloToday(now)).toBe(intl.format(now));
      }),
    );
  });
});

describe("addDays and daysBetween", () => {
  it("count calendar days across months, years, leap days and daylight saving", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(addDays("2025-10-25", 2)).toBe("2025-10-27");
    expect(addDays("2025-01-10", -10)).toBe("2024-12-31");
    expect(daysBetween("2025-03-01", "2025-04-01")).toBe(31);
    expect(daysBetween("2025-10-01", "2025-11-01")).toBe(31);
    expect(daysBetween("2025-01-17", "2025-01-10")).toBe(-7);
  });

  it("are inverse to each other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5000, max: 5000 }), (offset, days) => {
        const date = addDays("1970-01-01", offset);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it("reject text that is not a calendar date", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(/not a calendar date/);
    expect(() => daysBetween("17.01.2025", "2025-01-17")).toThrow(/not a calendar date/);
  });
});

describe("deadlineEndInstant", () => {
  it("is midnight in Oslo starting the next day, winter and summer", () => {
    expect(deadlineEndInstant("2025-01-17").toISOString()).toBe("2025-01-17T23:00:00.000Z");
    expect(deadlineEndInstant("2025-06-16").toISOString()).toBe("2025-06-16T22:00:00.000Z");
  });

  it("handles deadlines on the daylight-saving Sundays", () => {
    // The Sunday itself has 23 or 25 hours, but it ends at Oslo midnight like any other day.
    expect(deadlineEndInstant("2025-03-30").toISOString()).toBe("2025-03-30T22:00:00.000Z");
    expect(deadlineEndInstant("2025-10-26").toISOString()).toBe("2025-10-26T23:00:00.000Z");
    expect(deadlineEndInstant("2025-03-29").toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(deadlineEndInstant("2025-10-25").toISOString()).toBe("2025-10-25T22:00:00.000Z");
  });
});
