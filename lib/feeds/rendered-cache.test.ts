import { describe, expect, it } from "vitest";
import zlib from "node:zlib";
import { RenderedFeedCache } from "./rendered-cache";

const chunk = (size: number) => new Uint8Array(new ArrayBuffer(size));

describe("RenderedFeedCache", () => {
  it("answers what was stored under the same ETag, and nothing for another", () => {
    const cache = new RenderedFeedCache(100);
    const chunks = [chunk(10), chunk(5)];
    cache.set('W/"a"', chunks);
    expect(cache.get('W/"a"')?.map((piece) => piece.length)).toEqual([15]);
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

describe("RenderedFeedCache's compressed bytes", () => {
  const text = "BEGIN:VEVENT\r\nSUMMARY:Høring om endringer i utlendingsforskriften\r\nEND:VEVENT\r\n".repeat(200);
  const plain = () => [new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>];

  it("are made once per ETag, decode to the plain bytes, and count toward the limit", async () => {
    const cache = new RenderedFeedCache(1_000_000);
    cache.set("e1", plain());
    const gzip = cache.encoded("e1", "gzip");
    expect(cache.encoded("e1", "gzip")).toBe(gzip);
    const [gzipped, brotlied] = await Promise.all([gzip!, cache.encoded("e1", "br")!]);
    expect(zlib.gunzipSync(gzipped).toString()).toBe(text);
    expect(zlib.brotliDecompressSync(brotlied).toString()).toBe(text);
    expect(cache.bytes).toBe(Buffer.byteLength(text) + gzipped.byteLength + brotlied.byteLength);
  });

  it("are at hand without waiting once made, and only then", async () => {
    const cache = new RenderedFeedCache(1_000_000);
    cache.set("e1", plain());
    expect(cache.encodedNow("e1", "gzip")).toBeNull();
    const gzipped = await cache.encoded("e1", "gzip")!;
    expect(cache.encodedNow("e1", "gzip")).toBe(gzipped);
    expect(cache.encodedNow("e1", "br")).toBeNull();
    expect(cache.encodedNow("missing", "gzip")).toBeNull();
  });

  it("are not made for a feed that is not kept", () => {
    expect(new RenderedFeedCache(100).encoded("missing", "gzip")).toBeNull();
  });
});
