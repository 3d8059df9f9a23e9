import { describe, expect, it } from "vitest";
import { getCountdown } from "./countdown";
import { allDaySeminar, at, deadlineItem, timedSeminar } from "./test-items";

const days = (n: number, phase: string) => ({ unit: "days", days: n, phase });

describe("getCountdown for deadlines", () => {
  it("counts 7 days before a deadline a week away (the example in the brief)", () => {
    expect(getCountdown(deadlineItem("2025-01-17"), at("2025-01-10T12:00:00+01:00"))).toEqual(days(7, "before"));
  });

  it("reads the whole deadline day as today, then counts days since", () => {
    const item = deadlineItem("2025-01-17", "STRATEGY_INPUT");
    expect(getCountdown(item, at("2025-01-16T23:59:59+01:00"))).toEqual(days(1, "before"));
    expect(getCountdown(item, at("2025-01-17T00:00:00+01:00"))).toEqual(days(0, "today"));
    expect(getCountdown(item, at("2025-01-17T23:59:59+01:00"))).toEqual(days(0, "today"));
    expect(getCountdown(item, at("2025-01-18T00:00:00+01:00"))).toEqual(days(1, "after"));
    expect(getCountdown(item, at("2025-01-20T12:00:00+01:00"))).toEqual(days(3, "after"));
  });

  it("counts Oslo days, not UTC days", () => {
    expect(getCountdown(deadlineItem("2025-01-17"), at("2025-01-09T23:30:00Z"))).toEqual(days(7, "before"));
  });

  it("counts whole days across a daylight-saving change", () => {
    expect(getCountdown(deadlineItem("2025-04-02"), at("2025-03-29T23:30:00+01:00"))).toEqual(days(4, "before"));
    expect(getCountdown(deadlineItem("2025-10-26"), at("2025-10-27T00:30:00+01:00"))).toEqual(days(1, "after"));
  });

  it("is null without a deadline", () => {
    expect(getCountdown(deadlineItem(null), at("2025-01-10T12:00:00Z"))).toBeNull();
  });
});

describe("getCountdown for seminars", () => {
  it("counts days to the first day, ongoing during, days since the last day after", () => {
    const seminar = allDaySeminar("2025-06-10", "2025-06-11");
    expect(getCountdown(seminar, at("2025-06-03T12:00:00+02:00"))).toEqual(days(7, "before"));
    expect(getCountdown(seminar, at("2025-06-09T12:00:00+02:00"))).toEqual(days(1, "before"));
    expect(getCountdown(seminar, at("2025-06-10T00:00:00+02:00"))).toEqual(days(0, "ongoing"));
    expect(getCountdown(seminar, at("2025-06-11T23:59:59+02:00"))).toEqual(days(0, "ongoing"));
    expect(getCountdown(seminar, at("2025-06-12T08:00:00+02:00"))).toEqual(days(1, "after"));
    expect(getCountdown(seminar, at("2025-06-14T08:00:00+02:00"))).toEqual(days(3, "after"));
  });

  it("reads a timed seminar as today before it starts and after it ends that day", () => {
    const seminar = timedSeminar("2025-02-05T09:00:00+01:00", "2025-02-05T15:30:00+01:00");
    expect(getCountdown(seminar, at("2025-02-05T08:00:00+01:00"))).toEqual(days(0, "today"));
    expect(getCountdown(seminar, at("2025-02-05T10:00:00+01:00"))).toEqual(days(0, "ongoing"));
    expect(getCountdown(seminar, at("2025-02-05T16:00:00+01:00"))).toEqual(days(0, "today"));
    expect(getCountdown(seminar, at("2025-02-06T08:00:00+01:00"))).toEqual(days(1, "after"));
  });

  it("is null for a seminar without any date", () => {
    expect(getCountdown({ ...allDaySeminar("2025-06-10"), startOn: null }, at("2025-06-01T00:00:00Z"))).toBeNull();
  });
});
