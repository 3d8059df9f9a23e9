// `npm run bench:profile`: where a signed-in request's CPU goes. 10,000 items and an
// organisation with 500 responses in a database of its own; the built app runs under V8's
// sampling profiler while 10 connections ask for "Mine frister" as a member; the profile's
// busy time is split by where the code comes from and divided by the requests answered, for
// the bare signed-in page (/session) and each signed-in page apart. `--functions` also lists
// the functions with the most self time. One process, with the served app's Node.js flags.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded, ROOT, servedNodeFlags, waitForExit } from "../../cli/next-process";
import { osloToday } from "../../deadlines";
import { findFreePort } from "../../db/embedded";
import { startFixtureDb } from "../faults/fixture-db";
import { signInCookie } from "../faults/http-client";
import { splitCpuProfile } from "./cpu-profile";
import { measureSessionReads } from "./session-read";
import { BENCH_PASSWORD, generateAccounts } from "./generate-accounts";
import { generateItems } from "./generate";
import { waitForHealthy } from "./http";
import { runLoad } from "./load";

const NOW = "2025-01-10T12:00:00+01:00";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
// The bare signed-in page first: what every signed-in page costs before it does its own work.
const ROUTES = ["/session", "/my", "/my?section=overdue", "/items?status=open"];

async function main() {
  const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 8;
  const reads = await measureSessionReads();
  console.log("Reading a session, in-process, per request:");
  console.log(`  Auth.js's session action (auth())          ${reads.authJs.toFixed(3)} ms`);
  console.log(`  session reader, a token seen the first time ${reads.firstDecode.toFixed(3)} ms`);
  console.log(`  session reader, a token seen before        ${reads.kept.toFixed(3)} ms\n`);
  await buildIfNeeded();
  const fixture = await startFixtureDb("fristvakt-profile");
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-cpu-"));
  try {
    await generateItems(fixture.db, { items: 10_000, actors: 50, topics: 20, today: osloToday(new Date(NOW)) });
    // 20 organisations sharing 10,000 responses: 500 each.
    const email = await generateAccounts(fixture.db, { organisations: 20, users: 200, responses: 10_000 });
    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: fixture.url,
      FRISTVAKT_NOW: NOW,
      NODE_ENV: "production" as const,
      NEXT_TELEMETRY_DISABLED: "1",
      FRISTVAKT_PAGE_CACHE_MB: "0",
    };
    const app = spawn(
      process.execPath,
      [
        ...servedNodeFlags(env),
        "--cpu-prof",
        "--cpu-prof-dir",
        profileDir,
        "--import",
        path.join(ROOT, "lib/cli/pass-content-encoding.mjs"),
        NEXT_BIN,
        "start",
        "--port",
        String(port),
        "--hostname",
        "127.0.0.1",
      ],
      { cwd: ROOT, env, stdio: "ignore" },
    );
    const runs: { route: string; requests: number; from: number; until: number }[] = [];
    try {
      await waitForHealthy(baseUrl);
      const cookie = await signInCookie(baseUrl, email, BENCH_PASSWORD);
      for (const route of ROUTES) await runLoad(baseUrl + route, { connections: 2, seconds: 2, headers: { cookie }, expected: 200 });
      for (const route of ROUTES) {
        const from = performance.now();
        const load = await runLoad(baseUrl + route, { connections: 10, seconds, headers: { cookie }, expected: 200 });
        runs.push({ route, requests: load.requests, from, until: performance.now() });
        console.log(
          `${route.padEnd(22)} signed in, 10 connections: ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.latency.median.toFixed(1)} ms, p95 ${load.latency.p95.toFixed(1)} ms`,
        );
      }
    } finally {
      app.kill("SIGTERM");
      await waitForExit(app);
    }
    const stoppedAt = performance.now();
    const file = fs.readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error("the app wrote no CPU profile");
    // Each route's own run counts (the app stops right after the last): not its start, not the warm-up.
    for (const run of runs) {
      const split = splitCpuProfile(path.join(profileDir, file), stoppedAt - run.from, stoppedAt - run.until);
      console.log(`\nCPU per signed-in request to ${run.route} (${run.requests} requests):`);
      for (const { place, ms } of split.byPlace) console.log(`  ${place.padEnd(46)} ${(ms / run.requests).toFixed(2).padStart(7)} ms`);
      console.log(`  ${"total".padEnd(46)} ${(split.totalMs / run.requests).toFixed(2).padStart(7)} ms`);
      if (process.argv.includes("--functions")) {
        console.log("  most self time:");
        for (const { name, ms } of split.topFunctions) console.log(`    ${(ms / run.requests).toFixed(2).padStart(6)} ms  ${name}`);
      }
    }
  } finally {
    await fixture.dispose();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`Profiling failed: ${error.message}`);
    process.exit(1);
  },
);
