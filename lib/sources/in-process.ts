// Source polling as `npm start` runs it: in the launcher's own process, beside the app and
// the reminders, every minute looking for due sources (each has its own interval), unless
// FRISTVAKT_SOURCES=off (tests, and machines that should never reach out). Start-up and
// pages never wait on it; a machine without internet only records calm errors on /sources.
import { createPrismaClient } from "../db/prisma";
import { currentTime } from "../deadlines";
import { describePollResult, pollDueSources } from "./poll";
import { PoliteFetcher } from "./polite-fetch";
import { isSourcePollingOn, pollSettingsFromEnv } from "./settings";

type Env = Record<string, string | undefined>;

const CHECK_INTERVAL_MS = 60_000;

export function describeSourceSettings(env: Env = process.env): string {
  pollSettingsFromEnv(env);
  return isSourcePollingOn(env)
    ? "Sources (regjeringen.no, Stortinget, calendars, news feeds) are polled in the background; see /sources."
    : "Sources are not polled by this process (FRISTVAKT_SOURCES=off): run npm run sources -- poll.";
}

export interface SourcePolling {
  stop(): Promise<void>;
}

export function startSourcePolling(databaseUrl: string, env: Env = process.env): SourcePolling | null {
  if (!isSourcePollingOn(env)) return null;
  const db = createPrismaClient(databaseUrl, { max: 2 });
  const deps = { db, fetcher: new PoliteFetcher(pollSettingsFromEnv(env)), clock: () => currentTime(env) };
  let timer: NodeJS.Timeout | null = null;
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = pollDueSources(deps)
      .then((results) => {
        for (const result of results) if (result.kind !== "unchanged") console.log(`Sources: ${describePollResult(result)}`);
      })
      .catch((error: unknown) =>
        console.error(`Sources: the poll could not run: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, CHECK_INTERVAL_MS);
      });
  };
  // A first look a few seconds after start, so the app is up before any request goes out.
  timer = setTimeout(tick, 5_000);
  return {
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      // A long run of page reads is not waited out: its lease lets another instance take over.
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await db.$disconnect();
    },
  };
}
