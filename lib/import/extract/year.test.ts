import { describe, expect, it } from "vitest";
import { completeDate, periodEnd, windowFromDate, windowFromPeriod } from "./year";

const q4 = windowFromPeriod({ fromMonth: 10, toMonth: 12, year: 2024, label: "oktober–desember 2024" });
const q1 = windowFromPeriod({ fromMonth: 1, toMonth: 3, year: 2023, label: "januar–mars 2023" });
const day = (d: number, m: number, y: number | null = null) => ({ day: d, month: m, year: y });

describe("year from the newsletter's period", () => {
  it("keeps the period's months in its year and puts later months in the next", () => {
    expect(completeDate(day(21, 10), q4)).toBe("2024-10-21");
    expect(completeDate(day(3, 12), q4)).toBe("2024-12-03");
    expect(completeDate(day(17, 1), q4)).toBe("2025-01-17");
    expect(completeDate(day(30, 4), q4)).toBe("2025-04-30");
    expect(completeDate(day(18, 10), q1)).toBe("2023-10-18");
  });

  it("never changes a year the text states", () => {
    expect(completeDate(day(31, 10, 2024), q4, { notBefore: "2025-01-01" })).toBe("2024-10-31");
  });

  it("takes a year the surrounding text gives over the window", () => {
    expect(completeDate(day(4, 11), q4, { hintYear: 2025 })).toBe("2025-11-04");
  });

  it("ends the period on the last day of its last month", () => {
    expect(periodEnd({ fromMonth: 10, toMonth: 12, year: 2024, label: "" })).toBe("2024-12-31");
    expect(periodEnd({ fromMonth: 11, toMonth: 1, year: 2024, label: "" })).toBe("2025-01-31");
  });
});

describe("year from a publication date", () => {
  it("starts the window three months before publication", () => {
    const asOf = windowFromDate("2025-01-15");
    expect(asOf).toEqual({ year: 2024, month: 10 });
    expect(completeDate(day(16, 10), asOf)).toBe("2024-10-16");
    expect(completeDate(day(1, 4), asOf)).toBe("2025-04-01");
    expect(windowFromDate("2025-06-10")).toEqual({ year: 2025, month: 3 });
  });
});

describe("year from order", () => {
  it("moves a deadline after its sent date", () => {
    const window = { year: 2024, month: 6 };
    expect(completeDate(day(15, 5), window)).toBe("2025-05-15");
    expect(completeDate(day(1, 7), window, { notBefore: "2024-08-01" })).toBe("2025-07-01");
  });

  it("moves a sent date back before publication", () => {
    expect(completeDate(day(20, 9), q4, { notAfter: "2024-12-31" })).toBe("2024-09-20");
  });

  it("picks the year in which the named weekday fits", () => {
    // 1 October 2025 is a Wednesday, 1 October 2024 a Tuesday.
    expect(completeDate(day(1, 10), q4, { weekday: 3 })).toBe("2025-10-01");
    expect(completeDate(day(1, 10), q4, { weekday: 2 })).toBe("2024-10-01");
  });

  it("finds the last day of February in the year it lands in", () => {
    expect(completeDate(day(28, 2), { year: 2023, month: 10 }, { isEndOfMonth: true })).toBe("2024-02-29");
  });

  it("returns null for a day the year does not have", () => {
    expect(completeDate(day(29, 2), { year: 2024, month: 10 })).toBeNull();
  });
});
