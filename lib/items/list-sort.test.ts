import { describe, expect, it } from "vitest";
import { parseListSort } from "./list-sort";

describe("parseListSort", () => {
  it("reads the sorts the lists offer, and falls back to nearest deadline for anything else", () => {
    expect(parseListSort("title")).toBe("title");
    expect(parseListSort(["newest", "title"])).toBe("newest");
    expect(parseListSort(" Title ")).toBe("title");
    for (const value of [undefined, "", "bogus", "deadline"]) expect(parseListSort(value)).toBe("deadline");
  });
});
