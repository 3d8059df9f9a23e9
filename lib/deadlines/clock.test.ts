import { describe, expect, it } from "vitest";
import { DEFAULT_CLOSING_SOON_DAYS, closingSoonDaysFromEnv, currentTime } from "./clock";

describe("currentTime", () => {
  it("uses the real clock without FRISTVAKT_NOW", () => {
    const before = Date.now();
    const now = currentTime({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(Math.abs(currentTime({ FRISTVAKT_NOW: "" }).getTime() - Date.now())).toBeLessThan(1000);
  });

  it("pins now to FRISTVAKT_NOW with an offset or Z", () => {
    expect(currentTime({ FRISTVAKT_NOW: "2025-01-10T12:00:00+01:00" }).toISOString()).toBe("2025-01-10T11:00:00.000Z");
    expect(currentTime({ FRISTVAKT_NOW: "2025-06-16T21:59:59.5Z" }).toISOString()).toBe("2025-06-16T21:59:59.500Z");
    expect(currentTime({ FRISTVAKT_NOW: "2025-06-16T08:00-04:00" }).toISOString()).toBe("2025-06-16T12:00:00.000Z");
  });

  it.each(["tomorrow", "2025-01-10", "2025-01-10T12:00:00", "2025-02-30T12:00:00Z", "2025-01-10T24:00:00Z", "2025-01-10 12:00:00Z"])(
    "rejects %j with a sentence naming the variable",
    (value) => {
      expect(() => currentTime({ FRISTVAKT_NOW: value })).toThrow(/^FRISTVAKT_NOW must be an ISO 8601 instant/);
    },
  );
});

describe("closingSoonDaysFromEnv", () => {
  it("defaults to 14 days when unset or empty", () => {
    expect(DEFAULT_CLOSING_SOON_DAYS).toBe(14);
    expect(closingSoonDaysFromEnv({})).toBe(14);
    expect(closingSoonDaysFromEnv({ FRISTVAKT_CLOSING_SOON_DAYS: " " })).toBe(14);
  });

  it("reads whole numbers from 0 to 365", () => {
    expect(closingSoonDaysFromEnv({ FRISTVAKT_CLOSING_SOON_DAYS: "0" })).toBe(0);
    expect(closingSoonDaysFromEnv({ FRISTVAKT_CLOSING_SOON_DAYS: "21" })).toBe(21);
    expect(closingSoonDaysFromEnv({ FRISTVAKT_CLOSING_SOON_DAYS: "365" })).toBe(365);
  });

  it.each(["-1", "366", "7.5", "1e2", "two weeks", "0x10"])("rejects %j", (value) => {
    expect(() => closingSoonDaysFromEnv({ FRISTVAKT_CLOSING_SOON_DAYS: value })).toThrow(
      /^FRISTVAKT_CLOSING_SOON_DAYS must be a whole number of days from 0 to 365/,
    );
  });
});
