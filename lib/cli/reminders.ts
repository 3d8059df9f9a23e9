// `npm run reminders`: plans and sends the e-mail reminders and digests that are due, once
// (for cron) or in a loop. `npm start` runs the same loop itself unless FRISTVAKT_SCHEDULER=off;
// this command is for deployments that send from one place or from a timer. See --help.
import { openCommandDatabase } from "../db/command-database";
import { StartupError } from "../db/embedded";
import { createPrismaClient } from "../db/prisma";
import { describeRun, runSchedulerOnce, startSchedulerLoop } from "../reminders/scheduler";
import { describeMailFromEnv, schedulerDepsFromEnv } from "../reminders/scheduler-env";
import { parseRemindersArgs, REMINDERS_USAGE } from "./reminders-args";

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
  });
}

async function main(): Promise<number> {
  const args = parseRemindersArgs(process.argv.slice(2));
  if (args.kind === "help") {
    console.log(REMINDERS_USAGE);
    return 0;
  }
  if (args.kind === "error") {
    console.error(`${args.message}\n\n${REMINDERS_USAGE}`);
    return 2;
  }
  try {
    console.log(describeMailFromEnv());
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  const database = await openCommandDatabase();
  const db = createPrismaClient(database.url, { max: 3 });
  const deps = schedulerDepsFromEnv(db);
  try {
    if (!args.isLoop) {
      console.log(describeRun(await runSchedulerOnce(deps)));
      return 0;
    }
    const loop = startSchedulerLoop(deps, args.intervalMinutes * 60_000, (line, isError) =>
      isError ? console.error(line) : console.log(line),
    );
    console.log(`Sending reminders every ${args.intervalMinutes} minutes; Ctrl-C stops.`);
    await untilSignal();
    await loop.stop();
    return 0;
  } finally {
    deps.mailer.close();
    await db.$disconnect();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Reminders could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
