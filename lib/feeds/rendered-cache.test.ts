import { describe, expect, it } from "vitest";
import { RenderedFeedCache } from "./rendered-cache";

const chunk = (size: number) => new Uint8Array(new ArrayBuffer(size));

describe("RenderedFeedCache", () => {
  it("answers what was stored under the same ETag, and nothing for another", () => {
    const cache = new RenderedFeedCache(100);
    const chunks = [chunk(10), chunk(5)];
    cache.set('W/"a"', chunks);
    expect(cache.get('W/"a"')).toBe(chunks);
    expect(cache.get('W/"b"')).toBeNull();
    expect(cache.bytes).toBe(15);
  });

  it("drops the least recently used feeds when the total would pass the limit", () => {
    const cache = new RenderedFeedCache(30);
    cache.set("a", [chunk(10)]);
    cache.set("b", [chunk(10)]);
    cache.get("a");
    cache.set("c", [chunk(15)]);
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).not.toBeNull();
    expect(cache.get("c")).not.toBeNull();
    expect(cache.bytes).toBe(25);
  });

  it("never keeps a feed larger than the whole cache, and counts a replaced one once", () => {
    const cache = new RenderedFeedCache(20);
    cache.set("huge", [chunk(21)]);
    expect(cache.size).toBe(0);
    cache.set("a", [chunk(8)]);
    cache.set("a", [chunk(12)]);
    expect(cache.bytes).toBe(12);
  });
});
