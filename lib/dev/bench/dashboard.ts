// `npm run bench:dashboard`: 10,000 items from 50 actors in a database of its own, the built
// app on loopback, and the server time of the dashboard and the open-items list over 200
// sequential requests each, rendered for every request (the page cache, which would answer
// them from memory, is off). Target: p95 ≤ 100 ms. Exits non-zero when a target is missed.
import { buildIfNeeded } from "../../cli/next-process";
import { osloToday } from "../../deadlines";
import { startApp } from "../faults/app-instance";
import { startFixtureDb } from "../faults/fixture-db";
import { generateItems } from "./generate";
import { formatMs, timeRequests } from "./http";

const NOW = "2025-01-10T12:00:00+01:00";
const REQUESTS = 200;
const TARGET_P95_MS = 100;

async function main() {
  if (process.argv.includes("--help")) {
    console.log("Usage: npm run bench:dashboard   (seeds 10,000 items into a throwaway database; prints median and p95)");
    return;
  }
  await buildIfNeeded();
  const fixture = await startFixtureDb("fristvakt-bench");
  try {
    const started = performance.now();
    await generateItems(fixture.db, { items: 10_000, actors: 50, topics: 20, today: osloToday(new Date(NOW)) });
    console.log(`Seeded 10,000 items, 50 actors in ${formatMs(performance.now() - started)}.`);
    const app = await startApp(fixture.url, { FRISTVAKT_NOW: NOW, FRISTVAKT_PAGE_CACHE_MB: "0" });
    try {
      let failed = false;
      for (const route of ["/", "/items?status=open"]) {
        await timeRequests(app.baseUrl + route, 20); // warm-up: compiled routes, pooled connections
        const timing = await timeRequests(app.baseUrl + route, REQUESTS);
        const isOk = timing.p95 <= TARGET_P95_MS;
        failed ||= !isOk;
        console.log(
          `${route.padEnd(20)} median ${formatMs(timing.median).padStart(9)}  p95 ${formatMs(timing.p95).padStart(9)}  ` +
            `(min ${formatMs(timing.min)}, max ${formatMs(timing.max)}, ${REQUESTS} requests) ${isOk ? "ok" : `OVER ${TARGET_P95_MS} ms`}`,
        );
      }
      if (failed) process.exitCode = 1;
    } finally {
      await app.stop();
    }
  } finally {
    await fixture.dispose();
  }
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
