// `npm run bench:password-reset`: how long issuing a reset link takes for an address with an
// account and for one without (median and 90th percentile of 200 requests each, interleaved,
// against a throwaway embedded PostgreSQL). The page's answer does not wait for this work (it
// runs after the answer has gone out), so these figures show what the answer would otherwise
// leak: a known address writes the link and commits, an unknown one only reads.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, makeTempDataDir } from "../../db/embedded";
import { applyMigrations } from "../../db/migrate";
import { createPrismaClient } from "../../db/prisma";
import { requestPasswordReset } from "../../accounts/password-reset";

const RUNS = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  if (process.argv.includes("--help")) {
    console.log(`Usage: npm run bench:password-reset   (${RUNS} reset requests each for known and unknown addresses; prints times)`);
    return;
  }
  const dataDir = makeTempDataDir("fristvakt-bench-reset");
  const server = await startEmbeddedPostgres({ dataDir });
  const db = createPrismaClient(server.url, { max: 2 });
  try {
    await applyMigrations(server.url);
    // Many accounts, so each request for a known address issues a link (the hourly limit is per account).
    const users = Array.from({ length: RUNS }, (_, i) => ({ email: `bruker-${i}@example.org`, name: `Bruker ${i}` }));
    await db.user.createMany({ data: users });
    const now = new Date();
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      for (const kind of i % 2 ? (["known", "unknown"] as const) : (["unknown", "known"] as const)) {
        const email = kind === "known" ? users[i].email : `ingen-${i}@example.org`;
        const started = performance.now();
        await requestPasswordReset(db, { email }, now);
        times[kind].push(performance.now() - started);
      }
    }
    const line = (kind: "known" | "unknown") =>
      `${kind.padEnd(8)} median ${percentile(times[kind], 50).toFixed(2)} ms, p90 ${percentile(times[kind], 90).toFixed(2)} ms`;
    console.log(line("known"));
    console.log(line("unknown"));
    const difference = Math.abs(percentile(times.known, 50) - percentile(times.unknown, 50));
    console.log(`difference of medians ${difference.toFixed(2)} ms (not on the answer's path: the action answers before this runs)`);
  } finally {
    await db.$disconnect();
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
