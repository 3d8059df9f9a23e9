import { describe, expect, it } from "vitest";
import { getMessages, interpolate } from "./messages";

describe("interpolate", () => {
  it("picks the word for the number: one, or anything else", () => {
    const nb = getMessages("nb");
    const en = getMessages("en");
    expect([0, 1, 2, 21].map((count) => interpolate(nb.actors.items, { count }))).toEqual(["0 saker", "1 sak", "2 saker", "21 saker"]);
    expect([1, 2].map((count) => interpolate(en.topics.items, { count }))).toEqual(["1 item", "2 items"]);
    expect(interpolate(nb.dashboard.closingSoon, { days: 1 })).toBe("Stenger innen 1 dag");
    expect(interpolate(nb.dashboard.closingSoon, { days: 14 })).toBe("Stenger innen 14 dager");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(interpolate("{count} {count|sak|saker} fra {name}", {})).toBe("{count} {count|sak|saker} fra {name}");
  });
});
