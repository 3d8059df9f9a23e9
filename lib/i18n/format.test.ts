import { afterEach, describe, expect, it } from "vitest";
import type { Countdown } from "../deadlines";
import { formatClockSpan, formatCountdown, formatDate, formatDateRange, formatDateShort, formatDateTime, formatTime } from "./format";

describe("dates", () => {
  it("formats a full date the Norwegian and the English way", () => {
    expect(formatDate("2025-01-17", "nb")).toBe("17. januar 2025");
    expect(formatDate("2025-01-17", "en")).toBe("17 January 2025");
    expect(formatDate("2025-12-01", "nb")).toBe("1. desember 2025");
  });

  it("formats a date without the year", () => {
    expect(formatDateShort("2025-01-17", "nb")).toBe("17. januar");
    expect(formatDateShort("2025-05-03", "en")).toBe("3 May");
  });

  it("says the shared month and year of a range once", () => {
    expect(formatDateRange("2025-01-15", "2025-01-16", "nb")).toBe("15.–16. januar 2025");
    expect(formatDateRange("2025-01-15", "2025-01-16", "en")).toBe("15–16 January 2025");
    expect(formatDateRange("2025-01-30", "2025-02-02", "nb")).toBe("30. januar – 2. februar 2025");
    expect(formatDateRange("2025-01-30", "2025-02-02", "en")).toBe("30 January – 2 February 2025");
    expect(formatDateRange("2025-12-30", "2026-01-02", "nb")).toBe("30. desember 2025 – 2. januar 2026");
    expect(formatDateRange("2025-12-30", "2026-01-02", "en")).toBe("30 December 2025 – 2 January 2026");
    expect(formatDateRange("2025-01-17", "2025-01-17", "nb")).toBe("17. januar 2025");
  });
});

describe("times in Oslo", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("shows the Oslo wall clock in winter and summer", () => {
    expect(formatTime(new Date("2025-01-17T08:00:00Z"), "nb")).toBe("09.00");
    expect(formatTime(new Date("2025-01-17T08:00:00Z"), "en")).toBe("09:00");
    expect(formatTime(new Date("2025-06-17T12:30:00Z"), "nb")).toBe("14.30");
  });

  it("writes a span of typed times the reader's way", () => {
    expect(formatClockSpan("09:00", "15:30", "nb")).toBe("kl. 09.00–15.30");
    expect(formatClockSpan("09:00", "15:30", "en")).toBe("09:00–15:30");
    expect(formatClockSpan("18:15", null, "nb")).toBe("kl. 18.15");
  });

  it("joins day and time, taking the day in Oslo", () => {
    expect(formatDateTime(new Date("2025-01-17T08:00:00Z"), "nb")).toBe("17. januar 2025 kl. 09.00");
    expect(formatDateTime(new Date("2025-01-17T08:00:00Z"), "en")).toBe("17 January 2025, 09:00");
    expect(formatDateTime(new Date("2025-01-16T23:30:00Z"), "nb")).toBe("17. januar 2025 kl. 00.30");
  });

  it("does not depend on the process time zone", () => {
    process.env.TZ = "America/New_York";
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(300);
    expect(formatDateTime(new Date("2025-01-16T23:30:00Z"), "nb")).toBe("17. januar 2025 kl. 00.30");
    expect(formatDate("2025-01-17", "en")).toBe("17 January 2025");
    expect(formatDateRange("2025-03-08", "2025-03-09", "nb")).toBe("8.–9. mars 2025");
  });
});

const countdown = (days: number, phase: Countdown["phase"]): Countdown => ({ unit: "days", days, phase });

describe("formatCountdown", () => {
  it.each([
    [0, "today", "i dag", "today"],
    [1, "before", "i morgen", "tomorrow"],
    [7, "before", "om 7 dager", "in 7 days"],
    [1, "after", "stengt i går", "closed yesterday"],
    [3, "after", "stengt for 3 dager siden", "closed 3 days ago"],
  ] as const)("reads a deadline %i days %s", (days, phase, nbText, enText) => {
    expect(formatCountdown(countdown(days, phase), "HEARING", "nb")).toBe(nbText);
    expect(formatCountdown(countdown(days, phase), "DEADLINE", "en")).toBe(enText);
  });

  it.each([
    [0, "today", "i dag", "today"],
    [1, "before", "i morgen", "tomorrow"],
    [7, "before", "om 7 dager", "in 7 days"],
    [0, "ongoing", "pågår", "ongoing"],
    [1, "after", "i går", "yesterday"],
    [3, "after", "for 3 dager siden", "3 days ago"],
  ] as const)("reads a seminar %i days %s", (days, phase, nbText, enText) => {
    expect(formatCountdown(countdown(days, phase), "SEMINAR", "nb")).toBe(nbText);
    expect(formatCountdown(countdown(days, phase), "SEMINAR", "en")).toBe(enText);
  });
});
