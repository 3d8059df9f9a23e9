// Arguments of `npm run reminders`. Pure, so the parsing is tested without a database.
export const REMINDERS_USAGE = `Usage: npm run reminders -- [--once | --loop] [--interval MINUTES]

Plans the e-mail reminders and weekly digests that are due and sends the queued e-mails.
  --once              one run, then exit (the default; for cron)
  --loop              run now and then every --interval minutes until stopped
  --interval MINUTES  minutes between runs with --loop (1–1440, default 5)
  --help              this text

Several instances may run at once: each e-mail is sent once. Settings are environment
variables: DATABASE_URL, FRISTVAKT_PUBLIC_URL, AUTH_SECRET, FRISTVAKT_SMTP_URL or
SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASS/SMTP_SECURE, FRISTVAKT_MAIL_FROM (see README).`;

export type RemindersArgs =
  { kind: "help" } | { kind: "error"; message: string } | { kind: "run"; isLoop: boolean; intervalMinutes: number };

export function parseRemindersArgs(argv: readonly string[]): RemindersArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  let isLoop = false;
  let isOnce = false;
  let intervalMinutes = 5;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--once") isOnce = true;
    else if (arg === "--loop") isLoop = true;
    else if (arg === "--interval") {
      const value = argv[++i];
      const minutes = value !== undefined && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      if (!(minutes >= 1 && minutes <= 1440))
        return { kind: "error", message: `--interval needs a whole number of minutes from 1 to 1440, not "${value ?? ""}".` };
      intervalMinutes = minutes;
    } else return { kind: "error", message: `Unknown argument "${arg}".` };
  }
  if (isOnce && isLoop) return { kind: "error", message: "Choose --once or --loop, not both." };
  return { kind: "run", isLoop, intervalMinutes };
}
