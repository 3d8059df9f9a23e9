// `npm run bench:feeds`: 1,000 and 10,000 items, each in a throwaway database of its own;
// the render time of /feeds/all.ics in-process and over HTTP, then requests/s and latency of
// 200 and 304 answers at 10 and 50 connections against the built app on loopback, and, for
// 1,000 items, the framework's floor: a bare Next.js route handler (built and started here)
// serving the same bytes, side by side with Fristvakt for 200, 304 and gzip. Fristvakt serves
// in one process here, as the bare handler does.
// Targets: 1,000 events render in ≤ 50 ms; ten times the events cost at most ten times the
// time; a 304 serves at least 5× the requests/s of a 200; 200, 304 and gzip each at ≥ 0.8×
// the bare handler. Exits non-zero when one is missed.
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded, runNext, waitForExit } from "../../cli/next-process";
import { ensureDatabase, findFreePort, makeTempDataDir, startEmbeddedPostgres } from "../../db/embedded";
import { applyMigrations } from "../../db/migrate";
import { createPrismaClient } from "../../db/prisma";
import { osloToday } from "../../deadlines";
import { ALL_ITEMS } from "../../feeds/feed-scope";
import { listFeedItems } from "../../feeds/feed-queries";
import { generateItems } from "./generate";
import { formatMs, timeRequests, waitForHealthy, type Timing } from "./http";
import { runLoad, type LoadResult } from "./load";
import { compareRenders, type RenderComparison } from "./render-timing";
import { compareWithFloor, ONE_SERVING_PROCESS, reportFloor, type FloorComparison } from "./floor";

// The history window is relative to now: pinned so that the generated items fall inside it.
const NOW = "2025-01-10T12:00:00+01:00";
const SIZES = [1_000, 10_000];
const CONNECTIONS = [10, 50];
const LOAD_SECONDS = 5;
const HTTP_RUNS = 30;
const TARGET_RENDER_1000_MS = 50;

interface HttpResult {
  size: number;
  sequential: Timing;
  loads: { connections: number; ok: LoadResult; notModified: LoadResult }[];
  floor: FloorComparison | null;
}

/** A database of its own with `size` generated items; returns its URL. */
async function seed(adminUrl: string, size: number): Promise<string> {
  const name = `bench_feeds_${size}`;
  await ensureDatabase(adminUrl, name);
  const url = adminUrl.replace(/\/[^/]+$/, `/${name}`);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  const started = performance.now();
  await generateItems(db, { items: size, actors: 50, topics: 20, today: osloToday(new Date(NOW)) });
  const items = await listFeedItems(db, ALL_ITEMS, { now: new Date(NOW), historyMonths: 12 });
  await db.$disconnect();
  console.log(
    `Seeded ${size.toLocaleString("en")} items in ${formatMs(performance.now() - started)}; /feeds/all.ics holds ${items.length.toLocaleString("en")}.`,
  );
  return url;
}

async function loadItems(url: string) {
  const db = createPrismaClient(url, { max: 2 });
  try {
    return await listFeedItems(db, ALL_ITEMS, { now: new Date(NOW), historyMonths: 12 });
  } finally {
    await db.$disconnect();
  }
}

/** The built app on this database: sequential 200s, then 200s and 304s under load. */
async function measureHttp(url: string, size: number, withFloor: boolean): Promise<HttpResult> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ...ONE_SERVING_PROCESS,
    DATABASE_URL: url,
    FRISTVAKT_NOW: NOW,
    FRISTVAKT_PUBLIC_URL: base,
    NODE_ENV: "production" as const,
  };
  const app = runNext(["start", "--port", String(port)], env, "ignore");
  try {
    await waitForHealthy(base);
    const feed = `${base}/feeds/all.ics`;
    await timeRequests(feed, 10); // warm-up: compiled route, pooled connections
    const sequential = await timeRequests(feed, HTTP_RUNS);
    const etag = (await fetch(feed, { method: "HEAD" })).headers.get("etag");
    if (!etag) throw new Error("/feeds/all.ics answered without an ETag");
    const loads = [];
    for (const connections of CONNECTIONS) {
      const ok = await runLoad(feed, { connections, seconds: LOAD_SECONDS, expected: 200 });
      const notModified = await runLoad(feed, { connections, seconds: LOAD_SECONDS, expected: 304, headers: { "If-None-Match": etag } });
      loads.push({ connections, ok, notModified });
    }
    const floor = withFloor ? await compareWithFloor(feed, { connections: 10, seconds: LOAD_SECONDS }) : null;
    return { size, sequential, loads, floor };
  } finally {
    app.kill("SIGTERM");
    await waitForExit(app);
  }
}

const ms = (t: Timing) => `median ${formatMs(t.median).padStart(9)}  p95 ${formatMs(t.p95).padStart(9)}`;

function report(renders: RenderComparison, http: HttpResult[]): boolean {
  const [small, large] = renders.timings;
  console.log("\nRendering /feeds/all.ics in-process (no query, no HTTP):");
  for (const t of renders.timings)
    console.log(`  ${t.events.toLocaleString("en").padStart(6)} events  ${ms(t.render)}  (${t.renders} renders)`);
  for (const h of http) {
    console.log(`\nOver HTTP, ${h.size.toLocaleString("en")} items:`);
    console.log(`  200, one at a time      ${ms(h.sequential)}  (${HTTP_RUNS} requests)`);
    for (const { connections, ok, notModified } of h.loads) {
      for (const [label, load] of [
        ["200", ok],
        ["304", notModified],
      ] as const) {
        console.log(
          `  ${label} × ${String(connections).padStart(2)} connections  ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s  latency ${ms(load.latency)}  (${load.requests} requests)`,
        );
      }
    }
  }
  const eventRatio = large.events / small.events;
  const timeRatio = renders.perEventRatio * eventRatio;
  const checks: [string, boolean][] = [
    [
      `${small.events.toLocaleString("en")} events render in ${formatMs(small.render.p95)} at p95 (≤ ${TARGET_RENDER_1000_MS} ms)`,
      small.render.p95 <= TARGET_RENDER_1000_MS,
    ],
    [`${eventRatio.toFixed(0)}× the events take ${timeRatio.toFixed(2)}× the time (≤ ${eventRatio.toFixed(0)}×)`, timeRatio <= eventRatio],
  ];
  for (const h of http) {
    for (const { connections, ok, notModified } of h.loads) {
      const ratio = notModified.requestsPerSecond / ok.requestsPerSecond;
      checks.push([
        `${h.size.toLocaleString("en")} items, ${connections} connections: 304 serves ${ratio.toFixed(1)}× the requests/s of 200 (≥ 5×)`,
        ratio >= 5,
      ]);
    }
  }
  for (const h of http) if (h.floor) checks.push(...reportFloor(h.floor, `${h.size.toLocaleString("en")} items`));
  console.log("\nTargets:");
  for (const [text, isMet] of checks) console.log(`  ${isMet ? "ok    " : "MISSED"} ${text}`);
  return checks.every(([, isMet]) => isMet);
}

async function main() {
  if (process.argv.includes("--help")) {
    console.log(
      "Usage: npm run bench:feeds [-- --floor-only]   (1,000 and 10,000 items in throwaway databases; prints render times, req/s, latency and the ratios to a bare Next.js handler; --floor-only: the ratios alone)",
    );
    return;
  }
  if (process.argv.includes("--floor-only")) return floorOnly();
  await buildIfNeeded();
  const dataDir = makeTempDataDir("fristvakt-bench-feeds");
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    const adminUrl = server.url.replace(/\/[^/]+$/, "/postgres");
    const urls: string[] = [];
    for (const size of SIZES) urls.push(await seed(adminUrl, size));
    const renders = compareRenders(await Promise.all(urls.map(loadItems)));
    const http: HttpResult[] = [];
    for (const [i, size] of SIZES.entries()) http.push(await measureHttp(urls[i], size, i === 0));
    if (!report(renders, http)) process.exitCode = 1;
  } finally {
    await server.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

/** The 1,000-item feed against the bare handler, and nothing else. */
async function floorOnly(): Promise<void> {
  await buildIfNeeded();
  const dataDir = makeTempDataDir("fristvakt-bench-floor");
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    const url = await seed(server.url.replace(/\/[^/]+$/, "/postgres"), SIZES[0]);
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const app = runNext(
      ["start", "--port", String(port)],
      { ...process.env, ...ONE_SERVING_PROCESS, DATABASE_URL: url, FRISTVAKT_NOW: NOW, FRISTVAKT_PUBLIC_URL: base, NODE_ENV: "production" },
      "ignore",
    );
    try {
      await waitForHealthy(base);
      await timeRequests(`${base}/feeds/all.ics`, 10);
      const checks = reportFloor(
        await compareWithFloor(`${base}/feeds/all.ics`, { connections: 10, seconds: LOAD_SECONDS }),
        `${SIZES[0].toLocaleString("en")} items`,
      );
      console.log("\nTargets:");
      for (const [text, isMet] of checks) console.log(`  ${isMet ? "ok    " : "MISSED"} ${text}`);
      if (!checks.every(([, isMet]) => isMet)) process.exitCode = 1;
    } finally {
      app.kill("SIGTERM");
      await waitForExit(app);
    }
  } finally {
    await server.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
