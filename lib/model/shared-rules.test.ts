// The small rules every folder shares: ids, instants, web addresses, Oslo's wall clock.
import { describe, expect, it } from "vitest";
import { isIsoInstant } from "./instant";
import { osloClock } from "./oslo-clock";
import { isUuid, UUID_SOURCE } from "./uuid";
import { isWebUrl } from "./web-url";

describe("isUuid", () => {
  it("takes a UUID in either case and nothing else", () => {
    expect(isUuid("0b6a7c52-3c1e-4f0a-9a57-2f8f3c1d9e10")).toBe(true);
    expect(isUuid("0B6A7C52-3C1E-4F0A-9A57-2F8F3C1D9E10")).toBe(true);
    for (const bad of ["", "0b6a7c52-3c1e-4f0a-9a57-2f8f3c1d9e1", "0b6a7c52-3c1e-4f0a-9a57-2f8f3c1d9e10x", "nou-2024-17", 42, null]) {
      expect(isUuid(bad), String(bad)).toBe(false);
    }
    expect(new RegExp(`^${UUID_SOURCE}$`).test("0b6a7c52-3c1e-4f0a-9a57-2f8f3c1d9e10")).toBe(true);
  });
});

describe("isIsoInstant", () => {
  it("takes a full instant with Z or an offset", () => {
    for (const good of ["2025-01-10T12:00:00+01:00", "2025-01-10T11:00:00.000Z", "2025-01-10T12:00Z", "2024-02-29T23:59:59-05:00"]) {
      expect(isIsoInstant(good), good).toBe(true);
    }
  });

  it("refuses a day alone, a local time, an impossible day or hour", () => {
    for (const bad of ["2025-01-10", "2025-01-10T12:00:00", "2025-02-30T12:00:00Z", "2025-01-10T24:00:00Z", "10.01.2025 12:00", ""]) {
      expect(isIsoInstant(bad), bad).toBe(false);
    }
  });
});

describe("isWebUrl", () => {
  it("takes http and https addresses only", () => {
    expect(isWebUrl("https://www.regjeringen.no/no/dokumenter/horing/id3051234/")).toBe(true);
    expect(isWebUrl("http://localhost:3000/items")).toBe(true);
    for (const bad of ["regjeringen.no", "mailto:post@jd.dep.no", "javascript:alert(1)", "ftp://example.org/", ""]) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
  });
});

describe("osloClock", () => {
  it("reads Oslo's wall clock on both sides of daylight saving", () => {
    const winter = osloClock(new Date("2025-01-10T11:00:00Z"));
    expect([winter.getDate(), winter.getHours()]).toEqual([10, 12]);
    const summer = osloClock(new Date("2025-06-30T22:30:00Z"));
    expect([summer.getMonth() + 1, summer.getDate(), summer.getHours(), summer.getMinutes()]).toEqual([7, 1, 0, 30]);
    expect(osloClock(Date.UTC(2025, 2, 30, 1, 0)).getHours()).toBe(3);
  });
});
