// Signed-in pages side by side with the bare signed-in page (/session: it reads the session,
// checks it against the database and renders the layout, nothing else), in one app, at 10
// connections. A page's cost is the app's CPU time per request (user and system, from /proc,
// over all its worker processes), which other work on a shared machine does not inflate the
// way it inflates latencies and rates; its ratio is that over the bare page's. The pages take turns, twice, and each keeps
// its better round.
import { treeCpuMs } from "../faults/process-tree";
import { formatMs } from "./http";
import { runLoad, type LoadResult } from "./load";

export const BARE_SIGNED_IN_ROUTE = "/session";
export const TARGET_SIGNED_IN_P95_MS = 150;
/** A signed-in page may cost at most this many times the bare signed-in page. */
export const TARGET_SIGNED_IN_RATIO = 2;

export interface SignedInRun {
  load: LoadResult;
  /** The app's CPU time per request answered. */
  cpuMs: number;
}

export interface SignedInFigures {
  bare: SignedInRun;
  pages: (SignedInRun & { route: string; ratio: number })[];
}

// Pages are asked for as a browser asks for them.
const PAGE_VIEW = { accept: "text/html,application/xhtml+xml" };

/** `appPid`: the process runNext started for the app that answers at `baseUrl`. */
export async function compareSignedIn(
  baseUrl: string,
  appPid: number,
  cookie: string,
  routes: string[],
  seconds: number,
): Promise<SignedInFigures> {
  const all = [BARE_SIGNED_IN_ROUTE, ...routes];
  const headers = { ...PAGE_VIEW, cookie };
  for (const route of all) await runLoad(baseUrl + route, { connections: 2, seconds: 1, headers, expected: 200 });
  const best = new Map<string, SignedInRun>();
  for (let round = 0; round < 2; round++) {
    for (const route of all) {
      const cpuBefore = treeCpuMs(appPid);
      const load = await runLoad(baseUrl + route, { connections: 10, seconds, headers, expected: 200 });
      const run = { load, cpuMs: (treeCpuMs(appPid) - cpuBefore) / load.requests };
      const kept = best.get(route);
      if (!kept || run.cpuMs < kept.cpuMs) best.set(route, run);
    }
  }
  const bare = best.get(BARE_SIGNED_IN_ROUTE)!;
  return {
    bare,
    pages: routes.map((route) => {
      const run = best.get(route)!;
      return { route, ...run, ratio: run.cpuMs / bare.cpuMs };
    }),
  };
}

/**
 * Prints the figures; answers the targets missed by the pages in `judged` (the others are
 * reported only): p95 ≤ 150 ms, and a cost of at most twice the bare page's.
 */
export function reportSignedIn(figures: SignedInFigures, judged: string[]): string[] {
  const problems: string[] = [];
  const line = (route: string, { load, cpuMs }: SignedInRun, ratio: string, isOk: boolean) =>
    console.log(
      `${route.padEnd(32)} ${load.requestsPerSecond.toFixed(0).padStart(6)} ${formatMs(load.latency.median).padStart(10)} ${formatMs(load.latency.p95).padStart(10)} ${formatMs(cpuMs).padStart(9)} ${ratio.padStart(7)}${isOk ? "" : "  MISSED"}`,
    );
  console.log(
    `\nSigned in, 10 connections (cost = the app's CPU per request over the bare page's; targets: p95 ≤ ${TARGET_SIGNED_IN_P95_MS} ms, cost ≤ ${TARGET_SIGNED_IN_RATIO}×):`,
  );
  console.log(
    `${"route".padEnd(32)} ${"req/s".padStart(6)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"CPU/req".padStart(9)} ${"cost".padStart(7)}`,
  );
  line(`${BARE_SIGNED_IN_ROUTE} (bare)`, figures.bare, "1.00×", true);
  for (const { route, ratio, ...run } of figures.pages) {
    const { load } = run;
    const isJudged = judged.includes(route);
    const isFast = !isJudged || load.latency.p95 <= TARGET_SIGNED_IN_P95_MS;
    const isCheap = !isJudged || ratio <= TARGET_SIGNED_IN_RATIO;
    if (!isFast) problems.push(`${route} signed in: p95 ${formatMs(load.latency.p95)} over ${TARGET_SIGNED_IN_P95_MS} ms`);
    if (!isCheap) problems.push(`${route} signed in: costs ${ratio.toFixed(2)}× the bare signed-in page, over ${TARGET_SIGNED_IN_RATIO}×`);
    line(isJudged ? route : `${route} (reported)`, run, `${ratio.toFixed(2)}×`, isFast && isCheap);
  }
  return problems;
}
