// The scheduler as `npm start` runs it: in the launcher's own process, beside the app, every
// five minutes, unless FRISTVAKT_SCHEDULER=off (for deployments that run `npm run reminders`
// from cron or one chosen instance instead). Several instances running it is safe too.
import { createPrismaClient } from "../db/prisma";
import { DEFAULT_INTERVAL_MS, startSchedulerLoop } from "./scheduler";
import { describeMailFromEnv, isInProcessSchedulerOn, schedulerDepsFromEnv } from "./scheduler-env";

type Env = Record<string, string | undefined>;

/** One line for the start-up log; throws a sentence when a mail or scheduler setting is not valid. */
export function describeReminderSettings(env: Env = process.env): string {
  const mail = describeMailFromEnv(env);
  return isInProcessSchedulerOn(env)
    ? `${mail} Reminders are planned and sent every ${DEFAULT_INTERVAL_MS / 60_000} minutes.`
    : `${mail} Reminders are not sent by this process (FRISTVAKT_SCHEDULER=off): run npm run reminders.`;
}

export interface InProcessScheduler {
  stop(): Promise<void>;
}

export function startInProcessScheduler(databaseUrl: string, env: Env = process.env): InProcessScheduler | null {
  if (!isInProcessSchedulerOn(env)) return null;
  const db = createPrismaClient(databaseUrl, { max: 2 });
  const deps = schedulerDepsFromEnv(db, env);
  const loop = startSchedulerLoop(deps, DEFAULT_INTERVAL_MS, (line, isError) => (isError ? console.error(line) : console.log(line)));
  return {
    async stop() {
      await loop.stop();
      deps.mailer.close();
      await db.$disconnect();
    },
  };
}
