// Configuration read from the environment: the clock and the closing-soon window. Only
// entry points call these; everything below them takes `now` and the window as parameters.
import { wholeNumberFromEnv, type Env } from "../settings/whole-number";
import { isIsoInstant } from "../model/instant";

/** Days ahead, today included, in which a deadline counts as closing soon. */
export const DEFAULT_CLOSING_SOON_DAYS = 14;

const MAX_CLOSING_SOON_DAYS = 365;

/**
 * The closing-soon window from FRISTVAKT_CLOSING_SOON_DAYS (a whole number 0..365), or 14
 * when unset or empty. A bad value throws at start rather than silently using the default.
 */
export function closingSoonDaysFromEnv(env: Env = process.env): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_CLOSING_SOON_DAYS", {
    fallback: DEFAULT_CLOSING_SOON_DAYS,
    min: 0,
    max: MAX_CLOSING_SOON_DAYS,
    unit: "days",
  });
}

/**
 * "Now" for a request, a page or a command. FRISTVAKT_NOW pins it for tests and demos: an
 * ISO 8601 instant with Z or an offset, e.g. "2025-01-10T12:00:00+01:00". Unset or empty
 * means the real clock. This is the only place the app may fake the clock; an invalid
 * value throws instead of falling back, so a demo never shows the wrong day unnoticed.
 */
export function currentTime(env: Env = process.env): Date {
  const raw = env.FRISTVAKT_NOW?.trim();
  if (!raw) return new Date();
  // A full instant, so it means the same moment on every server (lib/model/instant.ts).
  if (!isIsoInstant(raw)) {
    throw new Error(`FRISTVAKT_NOW must be an ISO 8601 instant with a time zone, such as "2025-01-10T12:00:00+01:00", not "${raw}".`);
  }
  return new Date(raw);
}
