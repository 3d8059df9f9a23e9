// Signed-in pages side by side with the bare signed-in page (/session: it reads the session,
// checks it against the database and renders the layout, nothing else), in one app, at 10
// connections. At 10 connections the machine is saturated, so requests per second measure
// what a request costs: a page's cost over the bare page's is the bare page's rate over the
// page's. The pages take turns, twice, and each keeps its better round: the machine is shared,
// and a neighbour's burst should not decide a ratio.
import { formatMs } from "./http";
import { runLoad, type LoadResult } from "./load";

export const BARE_SIGNED_IN_ROUTE = "/session";
export const TARGET_SIGNED_IN_P95_MS = 150;
/** A signed-in page may cost at most this many times the bare signed-in page. */
export const TARGET_SIGNED_IN_RATIO = 2;

export interface SignedInFigures {
  bare: LoadResult;
  pages: { route: string; load: LoadResult; ratio: number }[];
}

// Pages are asked for as a browser asks for them.
const PAGE_VIEW = { accept: "text/html,application/xhtml+xml" };

export async function compareSignedIn(baseUrl: string, cookie: string, routes: string[], seconds: number): Promise<SignedInFigures> {
  const all = [BARE_SIGNED_IN_ROUTE, ...routes];
  const headers = { ...PAGE_VIEW, cookie };
  for (const route of all) await runLoad(baseUrl + route, { connections: 2, seconds: 1, headers, expected: 200 });
  const best = new Map<string, LoadResult>();
  for (let round = 0; round < 2; round++) {
    for (const route of all) {
      const load = await runLoad(baseUrl + route, { connections: 10, seconds, headers, expected: 200 });
      const kept = best.get(route);
      if (!kept || load.requestsPerSecond > kept.requestsPerSecond) best.set(route, load);
    }
  }
  const bare = best.get(BARE_SIGNED_IN_ROUTE)!;
  return {
    bare,
    pages: routes.map((route) => {
      const load = best.get(route)!;
      return { route, load, ratio: bare.requestsPerSecond / load.requestsPerSecond };
    }),
  };
}

/**
 * Prints the figures; answers the targets missed by the pages in `judged` (the others are
 * reported only): p95 ≤ 150 ms, and a cost of at most twice the bare page's.
 */
export function reportSignedIn(figures: SignedInFigures, judged: string[]): string[] {
  const problems: string[] = [];
  const line = (route: string, load: LoadResult, ratio: string, isOk: boolean) =>
    console.log(
      `${route.padEnd(26)} ${load.requestsPerSecond.toFixed(0).padStart(7)} ${formatMs(load.latency.median).padStart(10)} ${formatMs(load.latency.p95).padStart(10)} ${ratio.padStart(7)}${isOk ? "" : "  MISSED"}`,
    );
  console.log(
    `\nSigned in, 10 connections (cost = bare req/s ÷ page req/s; targets: p95 ≤ ${TARGET_SIGNED_IN_P95_MS} ms, cost ≤ ${TARGET_SIGNED_IN_RATIO}×):`,
  );
  console.log(`${"route".padEnd(26)} ${"req/s".padStart(7)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"cost".padStart(7)}`);
  line(`${BARE_SIGNED_IN_ROUTE} (bare)`, figures.bare, "1.00×", true);
  for (const { route, load, ratio } of figures.pages) {
    const isJudged = judged.includes(route);
    const isFast = !isJudged || load.latency.p95 <= TARGET_SIGNED_IN_P95_MS;
    const isCheap = !isJudged || ratio <= TARGET_SIGNED_IN_RATIO;
    if (!isFast) problems.push(`${route} signed in: p95 ${formatMs(load.latency.p95)} over ${TARGET_SIGNED_IN_P95_MS} ms`);
    if (!isCheap) problems.push(`${route} signed in: costs ${ratio.toFixed(2)}× the bare signed-in page, over ${TARGET_SIGNED_IN_RATIO}×`);
    line(isJudged ? route : `${route} (reported)`, load, `${ratio.toFixed(2)}×`, isFast && isCheap);
  }
  return problems;
}
