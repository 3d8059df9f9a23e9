import { describe, expect, it } from "vitest";
import { ALL_ITEMS, type FeedFilter } from "./feed-scope";
import { FeedStampMemo, type StampGeneration } from "./stamp-memo";

const settings = { baseUrl: "https://fristvakt.example", historyMonths: 12 };
const generation: StampGeneration = { contentVersion: "41", today: "2025-01-10", settings };
const hearings: FeedFilter = { actors: [], topics: [], kinds: ["HEARING"] };

describe("FeedStampMemo", () => {
  it("gives a feed's stamp back for the same version, day and settings, for an equal filter too", () => {
    const memo = new FeedStampMemo<string>();
    memo.set(hearings, generation, "stamp of hearings");
    expect(memo.get(hearings, { ...generation })).toBe("stamp of hearings");
    expect(memo.get({ actors: [], topics: [], kinds: ["HEARING"] }, generation)).toBe("stamp of hearings");
    expect(memo.get(ALL_ITEMS, generation)).toBeUndefined();
  });

  it("forgets it when the content version, the Oslo day or a setting changes", () => {
    const memo = new FeedStampMemo<string>();
    memo.set(ALL_ITEMS, generation, "stamp");
    expect(memo.get(ALL_ITEMS, { ...generation, contentVersion: "42" })).toBeUndefined();
    expect(memo.get(ALL_ITEMS, { ...generation, today: "2025-01-11" })).toBeUndefined();
    expect(memo.get(ALL_ITEMS, { ...generation, settings: { ...settings, historyMonths: 6 } })).toBeUndefined();
    expect(memo.get(ALL_ITEMS, { ...generation, settings: { ...settings, baseUrl: "https://frister.example" } })).toBeUndefined();
    expect(memo.get(ALL_ITEMS, generation)).toBe("stamp");
  });

  it("keeps one stamp per feed: a newer version replaces the older", () => {
    const memo = new FeedStampMemo<string>();
    memo.set(ALL_ITEMS, generation, "old");
    memo.set(ALL_ITEMS, { ...generation, contentVersion: "42" }, "new");
    expect(memo.get(ALL_ITEMS, generation)).toBeUndefined();
    expect(memo.get(ALL_ITEMS, { ...generation, contentVersion: "42" })).toBe("new");
  });
});
