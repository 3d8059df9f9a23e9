// `npm run test:faults`: each fault scenario on loopback, bounded in requests and time; prints
// its figures and exits non-zero when a promise is broken. `--quick` is the short version CI
// runs; without it, the full one (more writes, longer outages).
import { buildIfNeeded } from "../../cli/next-process";
import { runBusyConnectionsScenario } from "./scenario-busy-connections";
import { runDbCrashScenario } from "./scenario-db-crash";
import { runTwoInstancesScenario } from "./scenario-two-instances";
import { runWorkersScenario } from "./scenario-workers";
import type { ScenarioResult } from "./scenario";

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    console.log(
      'Usage: npm run test:faults [-- --quick] [--only "two instances"]   (database crash, two instances behind nginx, exhausted connections, killed workers)',
    );
    return;
  }
  const isQuick = args.includes("--quick");
  await buildIfNeeded();
  const scenarios: [string, () => Promise<ScenarioResult>][] = [
    [
      "database killed during writes",
      () => runDbCrashScenario(isQuick ? { writes: 300, workers: 6, downMs: 4_000 } : { writes: 3_000, workers: 10, downMs: 10_000 }),
    ],
    ["two instances behind nginx", () => runTwoInstancesScenario(isQuick ? { reads: 5_000, workers: 10 } : { reads: 20_000, workers: 20 })],
    ["every connection busy", () => runBusyConnectionsScenario()],
    ["serving workers killed", () => runWorkersScenario({ reads: isQuick ? 2_000 : 10_000 })],
  ];
  // `--only <words>` runs the scenarios whose name contains them.
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const results: ScenarioResult[] = [];
  for (const [name, run] of scenarios.filter(([name]) => only === undefined || name.includes(only))) {
    const started = Date.now();
    console.log(`… ${name}`);
    const result = await run();
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    results.push(result);
  }
  let failed = 0;
  for (const result of results) {
    console.log(`\n${result.failures.length === 0 ? "PASS" : "FAIL"}  ${result.name}`);
    for (const [key, value] of Object.entries(result.figures)) console.log(`      ${key}: ${value}`);
    for (const failure of result.failures) console.log(`    ✗ ${failure}`);
    if (result.failures.length > 0) failed += 1;
  }
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`The fault scripts could not run: ${error.message}`);
    process.exit(1);
  },
);
