import { describe, expect, it } from "vitest";
import { getHolidaySpans } from "./holidays";
import { getAnswerPeriod, getItemWarnings } from "./warnings";

const hearing = (sentOn: string | null, deadline: string) => ({ kind: "HEARING" as const, sentOn, deadline });
const holidays = (item: Parameters<typeof getItemWarnings>[0]) =>
  getItemWarnings(item).flatMap((w) => (w.kind === "holiday" ? [w.holiday] : []));

describe("holiday spans", () => {
  it("takes Easter from Norway's holiday data: Palm Sunday to Easter Monday", () => {
    expect(getHolidaySpans(2025)[0]).toEqual({ name: "easter", first: "2025-04-13", last: "2025-04-21" });
    expect(getHolidaySpans(2024)[0]).toEqual({ name: "easter", first: "2024-03-24", last: "2024-04-01" });
    expect(getHolidaySpans(2026)[0]).toEqual({ name: "easter", first: "2026-03-29", last: "2026-04-06" });
  });

  it("has Christmas from 24 December to 1 January, and all of July", () => {
    expect(getHolidaySpans(2025).slice(1)).toEqual([
      { name: "july", first: "2025-07-01", last: "2025-07-31" },
      { name: "christmas", first: "2025-12-24", last: "2026-01-01" },
    ]);
  });
});

describe("item warnings", () => {
  it("flags a hearing shorter than six weeks, and not one of exactly six", () => {
    expect(getItemWarnings(hearing("2025-02-03", "2025-03-16"))).toEqual([{ kind: "short_hearing", days: 41 }]);
    expect(getItemWarnings(hearing("2025-02-03", "2025-03-17"))).toEqual([]);
  });

  it("flags an answer period over Christmas, counting the year it started in", () => {
    expect(holidays(hearing("2024-10-16", "2025-01-17"))).toEqual(["christmas"]);
    expect(holidays(hearing("2025-01-02", "2025-03-01"))).toEqual([]);
    expect(holidays(hearing("2024-11-01", "2024-12-24"))).toEqual(["christmas"]);
    expect(holidays(hearing("2024-11-01", "2024-12-23"))).toEqual([]);
  });

  it("flags Easter by its moving dates and July by the month", () => {
    expect(holidays(hearing("2025-03-01", "2025-04-13"))).toEqual(["easter"]);
    expect(holidays(hearing("2025-03-01", "2025-04-12"))).toEqual([]);
    expect(holidays(hearing("2025-04-22", "2025-06-30"))).toEqual([]);
    expect(holidays(hearing("2025-06-01", "2025-09-01"))).toEqual(["july"]);
    expect(holidays(hearing("2025-03-01", "2026-01-10"))).toEqual(["easter", "july", "christmas"]);
  });

  it("uses the six weeks before the deadline when the sent date is not known", () => {
    expect(getAnswerPeriod({ kind: "STRATEGY_INPUT", sentOn: null, deadline: "2025-08-11" })).toEqual({
      from: "2025-06-30",
      to: "2025-08-11",
    });
    expect(holidays({ kind: "STRATEGY_INPUT", sentOn: null, deadline: "2025-08-11" })).toEqual(["july"]);
    expect(holidays({ kind: "DEADLINE", sentOn: null, deadline: "2025-08-12" })).toEqual(["july"]);
    expect(holidays({ kind: "DEADLINE", sentOn: null, deadline: "2025-09-12" })).toEqual([]);
    expect(holidays({ kind: "DEADLINE", sentOn: null, deadline: "2025-01-05" })).toEqual(["christmas"]);
  });

  it("gives seminars and undated items no warnings", () => {
    expect(getItemWarnings({ kind: "SEMINAR", sentOn: null, deadline: null })).toEqual([]);
    expect(getItemWarnings({ kind: "HEARING", sentOn: "2025-06-01", deadline: null })).toEqual([]);
  });

  it("says which period it read", () => {
    expect(getItemWarnings(hearing("2024-12-01", "2025-01-10"))).toEqual([
      { kind: "short_hearing", days: 40 },
      { kind: "holiday", holiday: "christmas", from: "2024-12-01", to: "2025-01-10" },
    ]);
  });
});
