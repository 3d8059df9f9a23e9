// Fristvakt's feed against the framework's floor (bare-feed-app.ts) serving the same bytes,
// side by side in one run: plain 200s, 304s to If-None-Match, and 200s to Accept-Encoding:
// gzip as calendar clients send it. The bare handler sends the headers Fristvakt sent, and
// its server runs with the same heap settings (servedNodeFlags). Each pair runs back to back, three rounds, the side that goes
// first taking turns, and the best round of each side counts: load from elsewhere on the
// machine (it is shared) then weighs on both alike, and a slow round is not taken for the
// server's speed. Every round's figure is printed beside the best.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ROOT, servedNodeFlags } from "../../cli/next-process";
import { answerHeaders, startBareFeedApp } from "./bare-feed-app";
import { runLoad } from "./load";

export const FLOOR_TARGET = 0.8;

/**
 * Fristvakt's settings when it is measured against the floor: one serving process, as the bare
 * handler's `next start` has, so that the ratio compares the same work on the same cores.
 */
export const ONE_SERVING_PROCESS = { FRISTVAKT_WORKERS: "1" } as const;
const ROUNDS = 3;

export interface FloorRow {
  label: string;
  fristvakt: number;
  bare: number;
  /** Every round's requests/s, in order. */
  rounds: { fristvakt: number[]; bare: number[] };
  encodings: { fristvakt: string; bare: string };
}

export interface FloorComparison {
  nextVersion: string;
  bytes: number;
  connections: number;
  rows: FloorRow[];
}

/** The Content-Encoding answered to exactly these headers (fetch would add its own Accept-Encoding). */
function encodingOf(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        response.resume();
        response.on("end", () => resolve(String(response.headers["content-encoding"] ?? "none")));
      })
      .on("error", reject);
  });
}

/** Builds and starts the bare app with the bytes Fristvakt sends at `feedUrl`, and measures both. */
export async function compareWithFloor(feedUrl: string, options: { connections: number; seconds: number }): Promise<FloorComparison> {
  const plain = await fetch(feedUrl, { headers: { "accept-encoding": "identity" } });
  const bytes = new Uint8Array(await plain.arrayBuffer());
  const etag = plain.headers.get("etag");
  if (plain.status !== 200 || !etag) throw new Error(`${feedUrl} answered ${plain.status} without an ETag`);
  const notModified = await fetch(feedUrl, { headers: { "accept-encoding": "identity", "if-none-match": etag } });
  await notModified.arrayBuffer();
  if (notModified.status !== 304) throw new Error(`${feedUrl} answered ${notModified.status} to its own ETag`);
  const headers = { ok: answerHeaders(plain.headers), notModified: answerHeaders(notModified.headers) };
  const bare = await startBareFeedApp(bytes, etag, headers, servedNodeFlags());
  try {
    const kinds: { label: string; headers: Record<string, string>; expected: number }[] = [
      { label: "200", headers: {}, expected: 200 },
      { label: "304 (If-None-Match)", headers: { "If-None-Match": etag }, expected: 304 },
      { label: "200, Accept-Encoding: gzip", headers: { "Accept-Encoding": "gzip" }, expected: 200 },
    ];
    const rows: FloorRow[] = [];
    for (const kind of kinds) {
      const rounds = { fristvakt: [] as number[], bare: [] as number[] };
      const sides = [
        ["fristvakt", feedUrl],
        ["bare", bare.feedUrl],
      ] as const;
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [side, url] of round % 2 === 0 ? sides : [...sides].reverse()) {
          const load = await runLoad(url, {
            connections: options.connections,
            seconds: options.seconds,
            headers: kind.headers,
            expected: kind.expected,
          });
          rounds[side].push(load.requestsPerSecond);
        }
      }
      const encodings = { fristvakt: await encodingOf(feedUrl, kind.headers), bare: await encodingOf(bare.feedUrl, kind.headers) };
      rows.push({ label: kind.label, fristvakt: Math.max(...rounds.fristvakt), bare: Math.max(...rounds.bare), rounds, encodings });
    }
    const nextVersion = (
      JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")) as { version: string }
    ).version;
    return { nextVersion, bytes: bytes.byteLength, connections: options.connections, rows };
  } finally {
    await bare.stop();
  }
}

/** Prints the table; returns the checks (text, met) for the targets. */
export function reportFloor(comparison: FloorComparison, label: string): [string, boolean][] {
  const kb = (comparison.bytes / 1024).toFixed(0);
  console.log(
    `\n${label}: /feeds/all.ics (${kb} KB) against a bare Next.js ${comparison.nextVersion} route handler serving the same bytes, ${comparison.connections} connections:`,
  );
  console.log(`  ${"request".padEnd(28)} ${"Fristvakt".padStart(12)} ${"bare Next".padStart(12)} ${"ratio".padStart(6)}   encodings`);
  const checks: [string, boolean][] = [];
  for (const row of comparison.rows) {
    const ratio = row.fristvakt / row.bare;
    console.log(
      `  ${row.label.padEnd(28)} ${`${row.fristvakt.toFixed(0)} req/s`.padStart(12)} ${`${row.bare.toFixed(0)} req/s`.padStart(12)} ${ratio.toFixed(2).padStart(6)}   ${row.encodings.fristvakt} / ${row.encodings.bare}`,
    );
    const figures = (values: number[]) => values.map((value) => value.toFixed(0)).join(", ");
    console.log(`  ${"".padEnd(28)} rounds: Fristvakt ${figures(row.rounds.fristvakt)}; bare ${figures(row.rounds.bare)} req/s`);
    checks.push([`${label}, ${row.label}: ${ratio.toFixed(2)}× the bare handler (≥ ${FLOOR_TARGET}×)`, ratio >= FLOOR_TARGET]);
  }
  return checks;
}
