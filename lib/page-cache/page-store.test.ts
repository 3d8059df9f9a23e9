import { describe, expect, it } from "vitest";
import { PageStore, type RenderedPage } from "./page-store";

const page = (bytes: number, marker = 0): RenderedPage => ({
  status: 200,
  headers: [["content-type", "text/html"]],
  pieces: [new Uint8Array(bytes).fill(marker)],
});

describe("PageStore", () => {
  it("gives back what was put in the current generation, and nothing after the generation moves on", () => {
    const store = new PageStore(1_000);
    store.enter("g1");
    store.put("g1", "nb /", page(10, 1));
    expect(store.get("g1", "nb /")?.pieces[0][0]).toBe(1);
    expect(store.get("g1", "en /")).toBeUndefined();
    store.enter("g2");
    expect(store.get("g2", "nb /")).toBeUndefined();
    expect(store.size).toEqual({ pages: 0, bytes: 0 });
  });

  it("does not keep a render that finished after its generation was left", () => {
    const store = new PageStore(1_000);
    store.enter("g2");
    store.put("g1", "nb /", page(10));
    expect(store.size.pages).toBe(0);
  });

  it("stays within its bytes by dropping the least recently used pages", () => {
    const store = new PageStore(100);
    store.enter("g");
    store.put("g", "a", page(12));
    store.put("g", "b", page(12));
    store.put("g", "c", page(12));
    store.get("g", "a");
    for (const key of ["d", "e", "f", "g", "h", "i"]) store.put("g", key, page(12));
    expect(store.size.bytes).toBeLessThanOrEqual(100);
    expect(store.get("g", "b")).toBeUndefined();
    expect(store.get("g", "a")).toBeDefined();
    // Replacing a page counts its bytes once.
    store.put("g", "a", page(12));
    expect(store.size.bytes).toBe(store.size.pages * 12);
  });

  it("does not keep a page larger than an eighth of its room", () => {
    const store = new PageStore(80);
    store.enter("g");
    store.put("g", "big", page(11));
    expect(store.get("g", "big")).toBeUndefined();
  });
});
