import { describe, expect, it } from "vitest";
import { addressProblem, INVALID_ADDRESS, UNSTORABLE_ADDRESS } from "./address-problem";

describe("addressProblem", () => {
  it("lets ordinary addresses through, also with odd but harmless queries", () => {
    expect(addressProblem("/feeds/actor/jd.ics")).toBeNull();
    expect(addressProblem("/items?q=%E0%A4%A&page=abc")).toBeNull();
    expect(addressProblem("/items/%C3%B8")).toBeNull();
  });

  it("refuses a path that cannot be decoded, including an encoded half of a character", () => {
    expect(addressProblem("/items/%ZZ")).toBe(INVALID_ADDRESS);
    expect(addressProblem("/feeds/actor/%ED%A0%80.ics")).toBe(INVALID_ADDRESS);
  });

  it("refuses a NUL in the path or in a parameter", () => {
    expect(addressProblem("/feeds/topic/a%00.ics")).toBe(UNSTORABLE_ADDRESS);
    expect(addressProblem("/items?actor=%00")).toBe(UNSTORABLE_ADDRESS);
    expect(addressProblem("/items?q=barn%00")).toBe(UNSTORABLE_ADDRESS);
  });
});
