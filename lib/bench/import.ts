// `npm run bench:import`: how long the newsletter reader takes on each newsletter in
// lib/import/fixtures (median of 20 runs after a warm-up). Target: under 1 s for a 35 KB
// newsletter. Exits non-zero when a target is missed.
import fs from "node:fs";
import path from "node:path";
import { extractItems } from "../import/extract";

const FIXTURES = path.resolve(import.meta.dirname, "../import/fixtures");
const RUNS = 20;
const WARM_UP = 3;
const TARGET_MS = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function main(): void {
  if (process.argv.includes("--help")) {
    console.log(`Usage: npm run bench:import   (extracts each newsletter in lib/import/fixtures ${RUNS} times; prints the median)`);
    return;
  }
  const files = fs.readdirSync(FIXTURES).filter((name) => /\.(txt|md)$/.test(name)).sort();
  let failed = false;
  for (const name of files) {
    const text = fs.readFileSync(path.join(FIXTURES, name), "utf8");
    for (let i = 0; i < WARM_UP; i++) extractItems(text);
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      count = extractItems(text).items.length;
      times.push(performance.now() - started);
    }
    const kilobytes = Buffer.byteLength(text) / 1024;
    const isOk = median(times) < TARGET_MS;
    failed ||= !isOk;
    console.log(
      `${name.padEnd(18)} ${kilobytes.toFixed(1).padStart(5)} KB  ${count} items  median ${median(times).toFixed(1).padStart(6)} ms` +
        `  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs)  ${isOk ? "ok" : `OVER ${TARGET_MS} ms`}`,
    );
  }
  if (failed) process.exitCode = 1;
}

main();
