// `npm run bench:scale`: 50,000 items, 200 organisations, 2,000 users and 100,000 responses in
// a database of its own; p50/p95 of every page kind at 10 connections, the app's memory, and
// the query plans of the slowest queries; then the public pages again with the page cache off.
// Exits non-zero when a target is missed: p95 ≤ 150 ms for pages and the private feed (asked
// for with Accept-Encoding: gzip, as calendar clients ask);
// signed-in "Mine frister" (its organisation holding 500 responses, 50 with --quick) at p95 ≤
// 150 ms and at most twice the cost of the bare signed-in page (/session) in the same run;
// /feeds/all.ics (33.6 MB at 50,000 items, which cannot travel ten times in 150 ms here) at
// ≥ 0.8× a bare Next.js handler serving the same bytes for 200, 304 and gzip, each in one
// process; no sequential scan on the items table; under 500 MB in each serving process.
// `--quick` uses a tenth of the data and shorter runs; `--report-only` prints the figures and
// the missed targets but exits 0 unless the run itself fails (CI, on a machine shared with
// the rest of its work, reports them rather than gating on them).
import { generateFeedToken, hashFeedToken } from "../../auth/token-secret";
import { osloToday } from "../../deadlines";
import { EMPTY_FILTER } from "../../items/filters";
import { getDashboard, listItems } from "../../items/queries";
import { getMyDeadlines } from "../../responses/my-deadlines";
import { loadViewer } from "../../auth/load-viewer";
import { buildIfNeeded } from "../../cli/next-process";
import { startApp } from "../faults/app-instance";
import { treeMemoryMb } from "../faults/process-tree";
import { startFixtureDb } from "../faults/fixture-db";
import { signInCookie } from "../faults/http-client";
import { BENCH_PASSWORD, generateAccounts } from "./generate-accounts";
import { generateItems } from "./generate";
import { compareWithFloor, ONE_SERVING_PROCESS, reportFloor } from "./floor";
import { formatMs } from "./http";
import { runLoad } from "./load";
import { captureQueries, explainQueries } from "./query-plans";
import { compareSignedIn, reportSignedIn } from "./signed-in-compare";

const NOW = "2025-01-10T12:00:00+01:00";
const TARGET_P95_MS = 150;
const TARGET_MEMORY_MB = 500;
const SIGNED_IN_ROUTES = ["/my", "/my?section=overdue"];
// Pages are asked for as a browser asks for them (the page cache keeps pages for page views only).
const PAGE_VIEW = { accept: "text/html,application/xhtml+xml" };
// Calendar clients poll with gzip or brotli; the plain 200 of a feed this size is bound by its
// transfer, as the floor comparison of /feeds/all.ics below shows for the same bytes.
const CALENDAR_POLL = { "accept-encoding": "gzip" };

async function main() {
  if (process.argv.includes("--help")) {
    console.log("Usage: npm run bench:scale [-- --quick] [--report-only]");
    return;
  }
  const isQuick = process.argv.includes("--quick");
  const isReportOnly = process.argv.includes("--report-only");
  const scale = isQuick ? 0.1 : 1;
  const seconds = isQuick ? 3 : 8;
  await buildIfNeeded();
  const fixture = await startFixtureDb("fristvakt-scale");
  const problems: string[] = [];
  try {
    const started = performance.now();
    const today = osloToday(new Date(NOW));
    await generateItems(fixture.db, { items: 50_000 * scale, actors: 50, topics: 20, today });
    const memberEmail = await generateAccounts(fixture.db, { organisations: 200, users: 2_000 * scale, responses: 100_000 * scale });
    const member = await fixture.db.user.findUniqueOrThrow({ where: { email: memberEmail } });
    const token = generateFeedToken();
    await fixture.db.feedToken.create({ data: { organisationId: member.organisationId!, name: "bench", tokenHash: hashFeedToken(token) } });
    const anItem = await fixture.db.item.findFirstOrThrow({ where: { kind: "HEARING" }, select: { id: true } });
    console.log(
      `Generated ${50_000 * scale} items, 200 organisations, ${2_000 * scale} users, ${100_000 * scale} responses in ${formatMs(performance.now() - started)}.`,
    );

    const app = await startApp(fixture.url, { FRISTVAKT_NOW: NOW, FRISTVAKT_API_RATE_LIMIT: "1000000" });
    try {
      const cookie = await signInCookie(app.baseUrl, memberEmail, BENCH_PASSWORD);
      const routes: [string, Record<string, string>][] = [
        ["/", PAGE_VIEW],
        ["/items", PAGE_VIEW],
        ...["open", "closing_soon", "closed", "upcoming", "past", "cancelled"].map((status): [string, Record<string, string>] => [
          `/items?status=${status}`,
          PAGE_VIEW,
        ]),
        ["/items?actor=aktor-7", PAGE_VIEW],
        ["/items?topic=tema-3", PAGE_VIEW],
        ["/items?kind=hearing", PAGE_VIEW],
        ["/items?q=migrasjon", PAGE_VIEW],
        ["/items?page=40", PAGE_VIEW],
        [`/items/${anItem.id}`, PAGE_VIEW],
        [`/feeds/private/${token}.ics`, CALENDAR_POLL],
      ];
      // The target holds for each serving process; all of them together are reported.
      const peakMemory = { largest: 0, total: 0 };
      const sampler = setInterval(() => {
        const now = treeMemoryMb(app.child.pid!);
        peakMemory.largest = Math.max(peakMemory.largest, now.largest);
        peakMemory.total = Math.max(peakMemory.total, now.total);
      }, 200);
      console.log(`\n${"route".padEnd(44)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"req/s".padStart(8)}`);
      for (const [route, headers] of routes) {
        await runLoad(app.baseUrl + route, { connections: 2, seconds: 1, headers, expected: 200 });
        const result = await runLoad(app.baseUrl + route, { connections: 10, seconds, headers, expected: 200 });
        const isOk = result.latency.p95 <= TARGET_P95_MS;
        if (!isOk) problems.push(`${route}: p95 ${formatMs(result.latency.p95)} over ${TARGET_P95_MS} ms`);
        const label = route.length > 43 ? `${route.slice(0, 40)}…` : route;
        console.log(
          `${label.padEnd(44)} ${formatMs(result.latency.median).padStart(10)} ${formatMs(result.latency.p95).padStart(10)} ${result.requestsPerSecond.toFixed(0).padStart(8)}${isOk ? "" : "  OVER"}`,
        );
      }
      // Signed in: "Mine frister" side by side with the bare signed-in page, by the same targets.
      problems.push(
        ...reportSignedIn(await compareSignedIn(app.baseUrl, app.child.pid!, cookie, SIGNED_IN_ROUTES, seconds), SIGNED_IN_ROUTES),
      );
      clearInterval(sampler);
      console.log(
        `\nApp memory (resident, peak): ${peakMemory.largest.toFixed(0)} MB in the largest serving process, ${peakMemory.total.toFixed(0)} MB in all`,
      );
      if (peakMemory.largest > TARGET_MEMORY_MB) {
        problems.push(`app memory ${peakMemory.largest.toFixed(0)} MB in one process, over ${TARGET_MEMORY_MB} MB`);
      }
    } finally {
      await app.stop();
    }
    problems.push(...(await judgeFeedByFloor(fixture.url, `${50_000 * scale} items`, seconds)));
    await reportUncachedPages(fixture.url, anItem.id, seconds);

    const time = { now: new Date(NOW), closingSoonDays: 14 };
    const viewer = await loadViewer(fixture.db, member.id);
    const queries = [
      ...(await captureQueries(fixture.url, "dashboard", (db) => getDashboard(db, time))),
      ...(
        await Promise.all(
          (["open", "closing_soon", "closed", "upcoming", "past"] as const).map((status) =>
            captureQueries(fixture.url, `list status=${status}`, (db) => listItems(db, { ...EMPTY_FILTER, status }, time)),
          ),
        )
      ).flat(),
      ...(await captureQueries(fixture.url, "list actor", (db) => listItems(db, { ...EMPTY_FILTER, actors: ["aktor-7"] }, time))),
      ...(await captureQueries(fixture.url, "list topic", (db) => listItems(db, { ...EMPTY_FILTER, topics: ["tema-3"] }, time))),
      ...(await captureQueries(fixture.url, "mine frister", (db) => getMyDeadlines(db, viewer, time.now))),
    ];
    const plans = await explainQueries(fixture.url, queries);
    console.log("\nSlowest queries (EXPLAIN ANALYZE):");
    for (const plan of plans.slice(0, 3)) console.log(`\n[${plan.label}] ${formatMs(plan.ms)}\n${plan.sql.slice(0, 400)}\n${plan.plan}`);
    const scans = plans.filter((plan) => plan.hasSeqScanOnItem);
    for (const plan of scans) problems.push(`sequential scan on item in "${plan.label}": ${plan.sql.slice(0, 120)}`);
    console.log(`\nQueries checked: ${plans.length}; with a sequential scan on item: ${scans.length}`);
  } finally {
    await fixture.dispose();
  }
  for (const problem of problems) console.log(`✗ ${problem}`);
  console.log(
    problems.length === 0 ? "\nAll targets met." : `\n${problems.length} target(s) missed${isReportOnly ? " (reported only)" : ""}.`,
  );
  process.exitCode = problems.length === 0 || isReportOnly ? 0 : 1;
}

/**
 * The whole-calendar feed, judged against the framework's floor, not a latency: by an app that
 * serves in one process, as the bare handler does.
 */
async function judgeFeedByFloor(databaseUrl: string, label: string, seconds: number): Promise<string[]> {
  const app = await startApp(databaseUrl, { FRISTVAKT_NOW: NOW, ...ONE_SERVING_PROCESS });
  try {
    const checks = reportFloor(await compareWithFloor(`${app.baseUrl}/feeds/all.ics`, { connections: 10, seconds }), label);
    return checks.filter(([, isMet]) => !isMet).map(([text]) => text);
  } finally {
    await app.stop();
  }
}

/**
 * The public pages rendered for every request, as with the page cache off: what a visitor
 * waits for the first time a page is asked for after an edit. Reported, not held to the target.
 */
async function reportUncachedPages(databaseUrl: string, itemId: string, seconds: number): Promise<void> {
  const app = await startApp(databaseUrl, { FRISTVAKT_NOW: NOW, FRISTVAKT_PAGE_CACHE_MB: "0" });
  try {
    console.log(`\nWith the page cache off (every page rendered for its request), 10 connections:`);
    for (const route of ["/", "/items?status=open", `/items/${itemId}`]) {
      await runLoad(app.baseUrl + route, { connections: 2, seconds: 1, expected: 200 });
      const result = await runLoad(app.baseUrl + route, { connections: 10, seconds, expected: 200 });
      const label = route.length > 43 ? `${route.slice(0, 40)}…` : route;
      console.log(
        `${label.padEnd(44)} ${formatMs(result.latency.median).padStart(10)} ${formatMs(result.latency.p95).padStart(10)} ${result.requestsPerSecond.toFixed(0).padStart(8)}`,
      );
    }
  } finally {
    await app.stop();
  }
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
