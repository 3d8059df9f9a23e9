// Bounded request loops for the fault scripts: a fixed number of tasks, a fixed number of
// workers, and a time limit per request, so nothing here runs on or hangs.
export interface LoadOutcome {
  ok: number;
  failed: number;
  /** Requests that got no answer within their time limit. */
  hung: number;
  statuses: Record<string, number>;
}

export function emptyOutcome(): LoadOutcome {
  return { ok: 0, failed: 0, hung: 0, statuses: {} };
}

/** Runs `count` tasks on `workers` loops; each task reports its status (or "hung"/"error"). */
export async function runBounded(
  count: number,
  workers: number,
  task: (index: number) => Promise<number | "hung" | "error">,
  isOk: (status: number) => boolean,
): Promise<LoadOutcome> {
  const outcome = emptyOutcome();
  let next = 0;
  const loop = async () => {
    while (next < count) {
      const index = next++;
      const status = await task(index).catch((error: Error): "hung" | "error" => (error.name === "TimeoutError" ? "hung" : "error"));
      outcome.statuses[String(status)] = (outcome.statuses[String(status)] ?? 0) + 1;
      if (status === "hung") outcome.hung += 1;
      if (typeof status === "number" && isOk(status)) outcome.ok += 1;
      else outcome.failed += 1;
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  return outcome;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true or `limitMs` passes; answers the time it took, or null. */
export async function timeUntil(check: () => Promise<boolean>, limitMs: number, stepMs = 250): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(stepMs);
  }
  return null;
}
