import { describe, expect, it } from "vitest";
import { isContentListenOn } from "./settings";

describe("FRISTVAKT_CONTENT_LISTEN", () => {
  it("holds the content version unless switched off", () => {
    expect(isContentListenOn({})).toBe(true);
    expect(isContentListenOn({ FRISTVAKT_CONTENT_LISTEN: "on" })).toBe(true);
    expect(isContentListenOn({ FRISTVAKT_CONTENT_LISTEN: "OFF" })).toBe(false);
  });

  it("refuses a value that is neither on nor off, naming the setting", () => {
    expect(() => isContentListenOn({ FRISTVAKT_CONTENT_LISTEN: "0" })).toThrow(/FRISTVAKT_CONTENT_LISTEN must be "on" or "off"/);
  });
});
