// Every boundary of the "Mine frister" rule. Friday 10 January 2025, noon in Oslo; closing
// soon is 14 days (through 24 January), overdue reaches 60 days back (to 11 November 2024).
import { describe, expect, it } from "vitest";
import type { ItemDates } from "../model/item";
import { mySectionFor, type MySectionContext } from "./my-section-rule";
import type { ResponseStatus } from "./types";

const context: MySectionContext = { today: "2025-01-10", now: new Date("2025-01-10T11:00:00Z"), closingSoonDays: 14, overdueDays: 60 };
const hearing = (deadline: string, patch: Partial<ItemDates> = {}): ItemDates => ({
  kind: "HEARING",
  sentOn: null,
  deadline,
  startOn: null,
  endOn: null,
  startAt: null,
  endAt: null,
  cancelledAt: null,
  ...patch,
});
const seminar = (startOn: string, endOn = startOn, patch: Partial<ItemDates> = {}): ItemDates => ({
  ...hearing("", { kind: "SEMINAR", deadline: null, startOn, endOn }),
  ...patch,
});
const section = (item: ItemDates, status: ResponseStatus | null = null) => mySectionFor(item, status, context);

describe("mySectionFor", () => {
  it("without a status: closing soon from today through today + 14, none after", () => {
    expect(section(hearing("2025-01-10"))).toBe("closingSoon");
    expect(section(hearing("2025-01-24"))).toBe("closingSoon");
    expect(section(hearing("2025-01-25"))).toBeNull();
  });

  it("without a status: overdue from yesterday back 60 days, none before", () => {
    expect(section(hearing("2025-01-09"))).toBe("overdue");
    expect(section(hearing("2024-11-11"))).toBe("overdue");
    expect(section(hearing("2024-11-10"))).toBeNull();
  });

  it("following, planned or in progress: in progress while open, however far off, overdue once passed, however long ago", () => {
    for (const status of ["FOLLOWING", "PLANNED", "IN_PROGRESS"] as const) {
      expect(section(hearing("2025-01-10"), status)).toBe("inProgress");
      expect(section(hearing("2025-01-11"), status)).toBe("inProgress");
      expect(section(hearing("2025-09-30"), status)).toBe("inProgress");
      expect(section(hearing("2025-01-09"), status)).toBe("overdue");
      expect(section(hearing("2023-05-01"), status)).toBe("overdue");
    }
  });

  it("answered or declined: done, whatever the dates, also when cancelled", () => {
    for (const status of ["ANSWERED", "DECLINED"] as const) {
      for (const deadline of ["2025-01-09", "2025-01-10", "2025-03-01", "2023-01-01"])
        expect(section(hearing(deadline), status)).toBe("answered");
      expect(section(hearing("2025-01-15", { cancelledAt: new Date("2025-01-05T10:00:00Z") }), status)).toBe("answered");
    }
  });

  it("a cancelled item without an answer is in no section", () => {
    for (const status of [null, "FOLLOWING", "IN_PROGRESS"] as const) {
      expect(section(hearing("2025-01-15", { cancelledAt: new Date("2025-01-05T10:00:00Z") }), status)).toBeNull();
    }
  });

  it("seminars: in progress while not over when the organisation follows them; never closing soon or overdue", () => {
    expect(section(seminar("2025-01-12"))).toBeNull();
    expect(section(seminar("2025-01-12"), "PLANNED")).toBe("inProgress");
    expect(section(seminar("2025-01-08", "2025-01-10"), "FOLLOWING")).toBe("inProgress");
    expect(section(seminar("2025-01-09"), "FOLLOWING")).toBeNull();
    const endsAt = (instant: string) =>
      seminar("2025-01-10", "2025-01-10", { startAt: new Date("2025-01-10T08:00:00Z"), endAt: new Date(instant) });
    expect(section(endsAt("2025-01-10T11:00:00Z"), "FOLLOWING")).toBeNull();
    expect(section(endsAt("2025-01-10T11:00:01Z"), "FOLLOWING")).toBe("inProgress");
  });

  it("a followed seminar running past midnight stays in progress until its end, as its page reads it ongoing", () => {
    // A calendar entry from 20:00 on the 9th to 01:30 on the 10th, its last day written as the 9th.
    const evening = seminar("2025-01-09", "2025-01-09", {
      startAt: new Date("2025-01-09T19:00:00Z"),
      endAt: new Date("2025-01-10T00:30:00Z"),
    });
    const at = (instant: string) => mySectionFor(evening, "FOLLOWING", { ...context, today: "2025-01-10", now: new Date(instant) });
    expect(at("2025-01-09T23:30:00Z")).toBe("inProgress");
    expect(at("2025-01-10T00:29:59Z")).toBe("inProgress");
    expect(at("2025-01-10T00:30:00Z")).toBeNull();
  });
});
