import { describe, expect, it } from "vitest";
import { getItemStatus, isCancelled } from "./status";
import { allDaySeminar, at, deadlineItem, timedSeminar } from "./test-items";

describe("getItemStatus for deadlines", () => {
  it("is closing soon a week before (the example in the brief)", () => {
    expect(getItemStatus(deadlineItem("2025-01-17"), at("2025-01-10T12:00:00+01:00"))).toBe("CLOSING_SOON");
  });

  it("stays open through the last second of the deadline day in winter", () => {
    const item = deadlineItem("2025-01-17");
    expect(getItemStatus(item, at("2025-01-17T23:59:59+01:00"))).toBe("CLOSING_SOON");
    expect(getItemStatus(item, at("2025-01-17T23:59:59.999+01:00"))).toBe("CLOSING_SOON");
    expect(getItemStatus(item, at("2025-01-18T00:00:00+01:00"))).toBe("CLOSED");
  });

  it("stays open through the last second of the deadline day in summer", () => {
    const item = deadlineItem("2025-06-16", "STRATEGY_INPUT");
    expect(getItemStatus(item, at("2025-06-16T23:59:59+02:00"))).toBe("CLOSING_SOON");
    expect(getItemStatus(item, at("2025-06-17T00:00:00+02:00"))).toBe("CLOSED");
    // 22:30 UTC is still the 16th in London but already the 17th in Oslo.
    expect(getItemStatus(item, at("2025-06-16T22:30:00Z"))).toBe("CLOSED");
  });

  it("closes at Oslo midnight after a deadline on the spring-forward Sunday", () => {
    const item = deadlineItem("2025-03-30", "DEADLINE");
    expect(getItemStatus(item, at("2025-03-30T23:59:59+02:00"))).toBe("CLOSING_SOON");
    expect(getItemStatus(item, at("2025-03-31T00:00:00+02:00"))).toBe("CLOSED");
    expect(getItemStatus(item, at("2025-03-30T00:00:00+01:00"))).toBe("CLOSING_SOON");
  });

  it("closes at Oslo midnight after a deadline on the fall-back Sunday", () => {
    const item = deadlineItem("2025-10-26");
    expect(getItemStatus(item, at("2025-10-26T23:59:59+01:00"))).toBe("CLOSING_SOON");
    expect(getItemStatus(item, at("2025-10-27T00:00:00+01:00"))).toBe("CLOSED");
    expect(getItemStatus(item, at("2025-10-26T02:30:00+02:00"))).toBe("CLOSING_SOON");
  });

  it("counts today and today+14 in the default window, today+15 not", () => {
    const now = at("2025-01-10T00:00:00+01:00");
    expect(getItemStatus(deadlineItem("2025-01-10"), now)).toBe("CLOSING_SOON");
    expect(getItemStatus(deadlineItem("2025-01-24"), now)).toBe("CLOSING_SOON");
    expect(getItemStatus(deadlineItem("2025-01-25"), now)).toBe("OPEN");
    expect(getItemStatus(deadlineItem("2025-01-09"), now)).toBe("CLOSED");
  });

  it("moves the window edge with the Oslo day, not the UTC day", () => {
    // 23:30 UTC on the 9th is the 10th in Oslo, so the 24th is within 14 days.
    expect(getItemStatus(deadlineItem("2025-01-24"), at("2025-01-09T23:30:00Z"))).toBe("CLOSING_SOON");
    expect(getItemStatus(deadlineItem("2025-01-24"), at("2025-01-09T22:30:00Z"))).toBe("OPEN");
  });

  it("uses a custom window with the same inclusive edges", () => {
    const now = at("2025-01-10T12:00:00+01:00");
    expect(getItemStatus(deadlineItem("2025-01-13"), now, 3)).toBe("CLOSING_SOON");
    expect(getItemStatus(deadlineItem("2025-01-14"), now, 3)).toBe("OPEN");
    expect(getItemStatus(deadlineItem("2025-01-10"), now, 0)).toBe("CLOSING_SOON");
    expect(getItemStatus(deadlineItem("2025-01-11"), now, 0)).toBe("OPEN");
  });

  it("reads a deadline kind without a deadline as open", () => {
    expect(getItemStatus(deadlineItem(null), at("2025-01-10T12:00:00Z"))).toBe("OPEN");
  });
});

describe("getItemStatus for seminars", () => {
  const timed = timedSeminar("2025-02-05T09:00:00+01:00", "2025-02-05T15:30:00+01:00");

  it("runs a timed seminar from its start (inclusive) to its end (exclusive)", () => {
    expect(getItemStatus(timed, at("2025-02-05T08:59:59+01:00"))).toBe("UPCOMING");
    expect(getItemStatus(timed, at("2025-02-05T09:00:00+01:00"))).toBe("ONGOING");
    expect(getItemStatus(timed, at("2025-02-05T15:29:59+01:00"))).toBe("ONGOING");
    expect(getItemStatus(timed, at("2025-02-05T15:30:00+01:00"))).toBe("PAST");
  });

  it("lets a timed seminar without an end instant run to the end of its day", () => {
    const open = timedSeminar("2025-02-05T09:00:00+01:00", null);
    expect(getItemStatus(open, at("2025-02-05T23:59:59+01:00"))).toBe("ONGOING");
    expect(getItemStatus(open, at("2025-02-06T00:00:00+01:00"))).toBe("PAST");
  });

  it("runs an all-day seminar over whole days in Oslo", () => {
    const seminar = allDaySeminar("2025-06-10", "2025-06-11");
    expect(getItemStatus(seminar, at("2025-06-09T23:59:59+02:00"))).toBe("UPCOMING");
    expect(getItemStatus(seminar, at("2025-06-09T22:00:00Z"))).toBe("ONGOING");
    expect(getItemStatus(seminar, at("2025-06-11T23:59:59+02:00"))).toBe("ONGOING");
    expect(getItemStatus(seminar, at("2025-06-12T00:00:00+02:00"))).toBe("PAST");
  });

  it("treats a one-day seminar without an end day as that day", () => {
    const seminar = allDaySeminar("2025-06-10");
    expect(getItemStatus(seminar, at("2025-06-10T12:00:00+02:00"))).toBe("ONGOING");
    expect(getItemStatus(seminar, at("2025-06-11T00:00:00+02:00"))).toBe("PAST");
  });
});

describe("isCancelled", () => {
  it("is separate from status: a cancelled item keeps its dates", () => {
    const item = { ...deadlineItem("2025-01-17"), cancelledAt: at("2025-01-05T10:00:00Z") };
    expect(isCancelled(item)).toBe(true);
    expect(getItemStatus(item, at("2025-01-10T12:00:00+01:00"))).toBe("CLOSING_SOON");
    expect(isCancelled(deadlineItem("2025-01-17"))).toBe(false);
  });
});
