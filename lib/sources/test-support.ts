// Shared set-up of the poller's integration tests: fixtures read from disk with their links
// pointed at the local fixture server, and a poller that waits little between requests.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/prisma";
import { DEFAULT_RELEVANCE_MINISTRIES, DEFAULT_RELEVANCE_WORDS } from "./defaults";
import { PoliteFetcher } from "./polite-fetch";
import type { PollDeps } from "./poll";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");

export function fixture(file: string): string {
  return fs.readFileSync(path.join(FIXTURES, file), "utf8");
}

/** The fixture with regjeringen.no's address replaced by the test server's. */
export function pointedAt(body: string, base: string): string {
  return body.replaceAll("https://www.regjeringen.no", base);
}

export function testDeps(db: Db, clock: () => Date, options: { timeoutMs?: number } = {}): PollDeps {
  const fetcher = new PoliteFetcher({
    userAgent: "Fristvakt/1.0 (+http://fristvakt.test)",
    timeoutMs: options.timeoutMs ?? 5_000,
    hostSpacingMs: 5,
  });
  return { db, fetcher, clock };
}

export async function addDefaultTerms(db: Db): Promise<void> {
  await db.relevanceTerm.createMany({
    data: [
      ...DEFAULT_RELEVANCE_WORDS.map((term) => ({ kind: "word" as const, term })),
      ...DEFAULT_RELEVANCE_MINISTRIES.map((term) => ({ kind: "ministry" as const, term })),
    ],
    skipDuplicates: true,
  });
}

export async function addTestSource(
  db: Db,
  data: { type: "regjeringen" | "stortinget" | "ics" | "rss"; url: string; mode: "publish" | "review" | "relevant"; name?: string },
  now: Date,
) {
  return db.polledSource.create({ data: { ...data, name: data.name ?? `Kilde ${data.type}`, nextPollAt: now } });
}
