// Bounds how many feeds are built at once. Building is CPU work on the one event loop, so
// running more side by side only holds more database connections and memory; the others wait
// their turn here, holding nothing, and give up after a while rather than hang.
export class BusyError extends Error {}

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createLimiter(maxActive: number, maxWaitMs: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else active -= 1;
  };
  const acquire = () =>
    new Promise<void>((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(admit), 1);
        reject(new BusyError(`waited ${maxWaitMs} ms for a free slot`));
      }, maxWaitMs);
      waiting.push(admit);
    });
  return {
    async run(task) {
      if (active < maxActive) active += 1;
      else await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
