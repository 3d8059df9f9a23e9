import { describe, expect, it } from "vitest";
import { hearingLengthDays, isShortHearing } from "./hearing-length";

const hearing = (sentOn: string | null, deadline: string | null) => ({ kind: "HEARING" as const, sentOn, deadline });

describe("isShortHearing (Utredningsinstruksen 3-3: at least six weeks)", () => {
  it("flags 41 days and not 42", () => {
    expect(hearingLengthDays(hearing("2025-01-01", "2025-02-11"))).toBe(41);
    expect(isShortHearing(hearing("2025-01-01", "2025-02-11"))).toBe(true);
    expect(hearingLengthDays(hearing("2025-01-01", "2025-02-12"))).toBe(42);
    expect(isShortHearing(hearing("2025-01-01", "2025-02-12"))).toBe(false);
  });

  it("does not flag a normal three-month hearing", () => {
    expect(isShortHearing(hearing("2025-01-15", "2025-04-15"))).toBe(false);
  });

  it("only applies to hearings with both dates", () => {
    expect(isShortHearing({ kind: "STRATEGY_INPUT", sentOn: "2025-01-01", deadline: "2025-01-10" })).toBe(false);
    expect(isShortHearing(hearing(null, "2025-01-10"))).toBe(false);
    expect(hearingLengthDays(hearing("2025-01-01", null))).toBeNull();
  });
});
