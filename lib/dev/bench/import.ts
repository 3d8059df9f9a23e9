// `npm run bench:import`: how long the newsletter reader takes.
//  1. Each newsletter in lib/import/fixtures, median of 20 runs after a warm-up. Target:
//     under 100 ms for the 33 KB newsletter.
//  2. Growth: the same newsletter repeated without a single blank line (one paragraph, the
//     shape that once froze the server) at 200 KB, 500 KB and 2 MB. Target: 2 MB under 2 s,
//     and time per KB that does not grow with size (the ratio printed is time per KB at the
//     largest size over time per KB at the smallest: about 1 when extraction is linear,
//     about 10 when it grows with the square of the length).
// Exits non-zero when a target is missed.
import fs from "node:fs";
import path from "node:path";
import { extractItems } from "../../import/extract";

const FIXTURES = path.resolve(import.meta.dirname, "../../import/fixtures");
const RUNS = 20;
const WARM_UP = 3;
const NEWSLETTER_TARGET_MS = 100;
const GROWTH_SIZES = [200_000, 500_000, 2_000_000];
const LARGEST_TARGET_MS = 2000;
const RATIO_LIMIT = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeOnce(text: string): { ms: number; count: number } {
  const started = performance.now();
  const count = extractItems(text, { today: "2025-01-10" }).items.length;
  return { ms: performance.now() - started, count };
}

function benchNewsletters(): boolean {
  const files = fs
    .readdirSync(FIXTURES)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort();
  let isOk = true;
  for (const name of files) {
    const text = fs.readFileSync(path.join(FIXTURES, name), "utf8");
    for (let i = 0; i < WARM_UP; i++) timeOnce(text);
    const runs = Array.from({ length: RUNS }, () => timeOnce(text));
    const times = runs.map((r) => r.ms);
    const fast = median(times) < NEWSLETTER_TARGET_MS;
    isOk &&= fast;
    console.log(
      `${name.padEnd(18)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(5)} KB  ${runs[0].count} items  median ${median(times).toFixed(1).padStart(6)} ms` +
        `  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs)  ${fast ? "ok" : `OVER ${NEWSLETTER_TARGET_MS} ms`}`,
    );
  }
  return isOk;
}

/** The newsletter repeated to `size` characters, every blank line removed. */
function oneLongParagraph(base: string, size: number): string {
  const block = base.replace(/\n\s*\n/g, "\n");
  return block.repeat(Math.ceil(size / block.length)).slice(0, size);
}

function benchGrowth(): boolean {
  const base = fs.readFileSync(path.join(FIXTURES, "kom-2024-q4.txt"), "utf8");
  const perKb: number[] = [];
  let isOk = true;
  for (const size of GROWTH_SIZES) {
    const text = oneLongParagraph(base, size);
    timeOnce(text.slice(0, 50_000));
    const { ms, count } = timeOnce(text);
    perKb.push(ms / (size / 1024));
    const isLargest = size === GROWTH_SIZES.at(-1);
    const fast = !isLargest || ms < LARGEST_TARGET_MS;
    isOk &&= fast;
    console.log(
      `one paragraph ${(size / 1024).toFixed(0).padStart(5)} KB  ${String(count).padStart(5)} items  ${ms.toFixed(0).padStart(6)} ms` +
        `  (${perKb.at(-1)!.toFixed(2)} ms per KB)${isLargest ? `  ${fast ? "ok" : `OVER ${LARGEST_TARGET_MS} ms`}` : ""}`,
    );
  }
  const ratio = perKb.at(-1)! / perKb[0];
  const linear = ratio < RATIO_LIMIT;
  console.log(
    `scaling: time per KB at ${GROWTH_SIZES.at(-1)! / 1000} KB is ${ratio.toFixed(2)} × that at ${GROWTH_SIZES[0] / 1000} KB` +
      ` (${linear ? "linear" : `grows with size: over ${RATIO_LIMIT}`})`,
  );
  return isOk && linear;
}

function main(): void {
  if (process.argv.includes("--help")) {
    console.log(
      `Usage: npm run bench:import   (extracts each newsletter in lib/import/fixtures ${RUNS} times, then one long paragraph at growing sizes; prints the times)`,
    );
    return;
  }
  const newslettersOk = benchNewsletters();
  const growthOk = benchGrowth();
  if (!newslettersOk || !growthOk) process.exitCode = 1;
}

main();
