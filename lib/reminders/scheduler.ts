// One run of the reminder scheduler: plan what is due, then send what is queued. Any number
// of instances may run it at once (see plan.ts and send.ts). Runs in `npm start` and
// `npm run reminders` outside Next.js, so it carries no "server-only" marker.
import type { Db } from "../db/prisma";
import type { Mailer } from "../mail/mailer";
import { planEmails } from "./plan";
import { sendDueEmails, type SendSummary } from "./send";

export interface SchedulerDeps {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  /** Signs unsubscribe links: the app's AUTH_SECRET. */
  secret: string;
  /** The host part of Message-IDs. */
  domain: string;
  /** "Now" (currentTime), asked afresh for each step. */
  clock: () => Date;
}

export interface RunSummary extends SendSummary {
  hasPlanned: boolean;
  queued: number;
}

export const DEFAULT_INTERVAL_MS = 5 * 60 * 1000;

export async function runSchedulerOnce(deps: SchedulerDeps): Promise<RunSummary> {
  const plan = await planEmails(deps.db, deps.clock(), { baseUrl: deps.baseUrl, secret: deps.secret });
  const sent = await sendDueEmails(deps.db, deps.mailer, deps.clock, deps.domain);
  return { ...plan, ...sent };
}

export function describeRun(summary: RunSummary): string {
  const planning = summary.hasPlanned ? `queued ${summary.queued}` : "planning left to another instance";
  return `Reminders: ${planning}; sent ${summary.sent}, ${summary.retry} to retry, ${summary.failed} failed.`;
}

export interface SchedulerLoop {
  /** Resolves once the run under way, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Runs the scheduler now and then every `intervalMs`. A failed run (the database is away) is
 * reported and the loop goes on; runs never overlap.
 */
export function startSchedulerLoop(
  deps: SchedulerDeps,
  intervalMs: number,
  report: (line: string, isError: boolean) => void,
): SchedulerLoop {
  let timer: NodeJS.Timeout | null = null;
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runSchedulerOnce(deps)
      .then((summary) => {
        if (summary.queued + summary.sent + summary.retry + summary.failed > 0) report(describeRun(summary), false);
      })
      .catch((error: unknown) => report(`Reminders: the run failed: ${error instanceof Error ? error.message : String(error)}`, true))
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
