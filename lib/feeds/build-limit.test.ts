import { describe, expect, it } from "vitest";
import { BusyError, createLimiter } from "./build-limit";

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("the build limiter", () => {
  it("runs at most the given number of tasks at once, in order of arrival", async () => {
    const limiter = createLimiter(2, 1_000);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await later(null, 10);
      order.push(n);
      running -= 1;
      return n;
    };
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => limiter.run(task(n))))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives up on a task that waits too long, and frees the slot of one that fails", async () => {
    const limiter = createLimiter(1, 20);
    const slow = limiter.run(() => later("slow", 60));
    await expect(limiter.run(() => later("never", 1))).rejects.toBeInstanceOf(BusyError);
    expect(await slow).toBe("slow");
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(() => later("after", 1))).toBe("after");
  });
});
