import { describe, expect, it } from "vitest";
import { SharedRenders } from "./shared-render";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("SharedRenders", () => {
  it("lets requests that miss together share one render", async () => {
    const renders = new SharedRenders<string>();
    const pending = deferred<string>();
    let calls = 0;
    const render = () => {
      calls += 1;
      return pending.promise;
    };
    const first = renders.run("/feeds/all.ics", render);
    const second = renders.run("/feeds/all.ics", render);
    expect(first.joined).toBe(false);
    expect(second.joined).toBe(true);
    pending.resolve("BEGIN:VCALENDAR");
    expect(await Promise.all([first.result, second.result])).toEqual(["BEGIN:VCALENDAR", "BEGIN:VCALENDAR"]);
    expect(calls).toBe(1);
  });

  it("renders different keys apart", async () => {
    const renders = new SharedRenders<string>();
    const a = renders.run("a", async () => "a");
    const b = renders.run("b", async () => "b");
    expect([a.joined, b.joined]).toEqual([false, false]);
    expect(await Promise.all([a.result, b.result])).toEqual(["a", "b"]);
  });

  it("forgets a settled render, so the next miss renders again, after a failure too", async () => {
    const renders = new SharedRenders<string>();
    const failing = renders.run("k", () => Promise.reject(new Error("database gone")));
    await expect(failing.result).rejects.toThrow("database gone");
    expect(renders.size).toBe(0);
    const again = renders.run("k", async () => "fresh");
    expect(again.joined).toBe(false);
    expect(await again.result).toBe("fresh");
    expect(renders.size).toBe(0);
  });
});
