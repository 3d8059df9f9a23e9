// `npm run bench:dashboard`: 10,000 items from 50 actors in a database of its own, the built
// app on loopback, and the server time of the dashboard and the open-items list over 200
// sequential requests each. Target: p95 ≤ 100 ms. Exits non-zero when a target is missed.
import fs from "node:fs";
import path from "node:path";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { createPrismaClient } from "../db/prisma";
import { osloToday } from "../deadlines";
import { buildIfNeeded, runNext, waitForExit } from "../cli/next-process";
import { generateItems } from "./generate";
import { formatMs, timeRequests, waitForHealthy } from "./http";

const NOW = "2025-01-10T12:00:00+01:00";
const REQUESTS = 200;
const TARGET_P95_MS = 100;

async function main() {
  if (process.argv.includes("--help")) {
    console.log("Usage: npm run bench:dashboard   (seeds 10,000 items into a throwaway database; prints median and p95)");
    return;
  }
  await buildIfNeeded();
  const dataDir = makeTempDataDir("fristvakt-bench");
  const server = await startEmbeddedPostgres({ dataDir });
  const port = await findFreePort();
  let app: ReturnType<typeof runNext> | undefined;
  try {
    await applyMigrations(server.url);
    const db = createPrismaClient(server.url);
    const started = performance.now();
    await generateItems(db, { items: 10_000, actors: 50, topics: 20, today: osloToday(new Date(NOW)) });
    await db.$disconnect();
    console.log(`Seeded 10,000 items, 50 actors in ${formatMs(performance.now() - started)}.`);

    app = runNext(["start", "--port", String(port)], { ...process.env, DATABASE_URL: server.url, FRISTVAKT_NOW: NOW, NODE_ENV: "production" }, "ignore");
    const base = `http://127.0.0.1:${port}`;
    await waitForHealthy(base);
    let failed = false;
    for (const route of ["/", "/items?status=open"]) {
      await timeRequests(base + route, 20); // warm-up: compiled routes, pooled connections
      const timing = await timeRequests(base + route, REQUESTS);
      const isOk = timing.p95 <= TARGET_P95_MS;
      failed ||= !isOk;
      console.log(
        `${route.padEnd(20)} median ${formatMs(timing.median).padStart(9)}  p95 ${formatMs(timing.p95).padStart(9)}  ` +
          `(min ${formatMs(timing.min)}, max ${formatMs(timing.max)}, ${REQUESTS} requests) ${isOk ? "ok" : `OVER ${TARGET_P95_MS} ms`}`,
      );
    }
    if (failed) process.exitCode = 1;
  } finally {
    app?.kill("SIGTERM");
    if (app) await waitForExit(app);
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
