import { describe, expect, it } from "vitest";
import { addMonths, getFeedWindow } from "./feed-window";
import { feedHistoryMonthsFromEnv, publicBaseUrlFromEnv } from "./settings";

describe("the feed window", () => {
  it("reaches back 12 months by the day in Oslo and keeps cancelled items through 30 days", () => {
    // 23:30 UTC on 9 January is already 10 January in Oslo.
    const window = getFeedWindow(new Date("2025-01-09T23:30:00Z"), 12);
    expect(window.today).toBe("2025-01-10");
    expect(window.historyStart).toBe("2024-01-10");
    expect(window.cancelledSince.toISOString()).toBe("2024-12-10T23:00:00.000Z"); // 11 December 00:00 in Oslo
  });

  it("starts the cancellation window at midnight Oslo time in summer too", () => {
    expect(getFeedWindow(new Date("2025-07-31T12:00:00Z"), 0).cancelledSince.toISOString()).toBe("2025-06-30T22:00:00.000Z");
  });

  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-01-15", -13)).toBe("2023-12-15");
    expect(addMonths("2024-12-31", 2)).toBe("2025-02-28");
  });
});

describe("feed settings", () => {
  it("reads the history length and refuses a value that is not a number of months", () => {
    expect(feedHistoryMonthsFromEnv({})).toBe(12);
    expect(feedHistoryMonthsFromEnv({ FRISTVAKT_FEED_HISTORY_MONTHS: "6" })).toBe(6);
    expect(() => feedHistoryMonthsFromEnv({ FRISTVAKT_FEED_HISTORY_MONTHS: "seks" })).toThrow(/whole number/);
    expect(() => feedHistoryMonthsFromEnv({ FRISTVAKT_FEED_HISTORY_MONTHS: "500" })).toThrow(/0 to 120/);
  });

  it("reads the public address without a trailing slash and refuses anything but http(s)", () => {
    expect(publicBaseUrlFromEnv({})).toBe("http://localhost:3000");
    expect(publicBaseUrlFromEnv({ FRISTVAKT_PUBLIC_URL: "https://fristvakt.no/" })).toBe("https://fristvakt.no");
    expect(publicBaseUrlFromEnv({ FRISTVAKT_PUBLIC_URL: "https://kom.no/fristvakt/" })).toBe("https://kom.no/fristvakt");
    expect(() => publicBaseUrlFromEnv({ FRISTVAKT_PUBLIC_URL: "fristvakt.no" })).toThrow(/http/);
    expect(() => publicBaseUrlFromEnv({ FRISTVAKT_PUBLIC_URL: "ftp://fristvakt.no" })).toThrow(/http/);
  });
});
