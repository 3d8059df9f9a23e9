// The scheduler's settings from the environment, read the same way by `npm start` and
// `npm run reminders`: the public address for links, AUTH_SECRET (or the one kept in the data
// folder) for unsubscribe links, and where mail goes.
import { dataDirFromEnv } from "../settings/data-dir";
import { resolveAuthSecret } from "../auth/secret";
import type { Db } from "../db/prisma";
import { currentTime } from "../deadlines";
import { publicBaseUrlFromEnv } from "../feeds/settings";
import { describeMailSettings, mailSettingsFromEnv } from "../settings/mail";
import { isSwitchedOn } from "../settings/switch";
import { createMailer } from "../mail/mailer";
import type { SchedulerDeps } from "./scheduler";

type Env = Record<string, string | undefined>;

/** True unless FRISTVAKT_SCHEDULER=off: whether `npm start` sends reminders itself. */
export function isInProcessSchedulerOn(env: Env = process.env): boolean {
  return isSwitchedOn(env, "FRISTVAKT_SCHEDULER");
}

/** Checks every mail setting without connecting anywhere; throws a sentence on a bad one. */
export function describeMailFromEnv(env: Env = process.env): string {
  return describeMailSettings(mailSettingsFromEnv(publicBaseUrlFromEnv(env), env));
}

export function schedulerDepsFromEnv(db: Db, env: Env = process.env): SchedulerDeps {
  const baseUrl = publicBaseUrlFromEnv(env);
  const settings = mailSettingsFromEnv(baseUrl, env);
  return {
    db,
    mailer: createMailer(settings),
    baseUrl,
    secret: resolveAuthSecret(dataDirFromEnv(env), env).secret,
    domain: settings.domain,
    clock: () => currentTime(env),
  };
}
