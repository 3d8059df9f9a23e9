// Feed settings read from the environment. Entry points read them once per request (or at
// start, to stop on a typo); everything below takes the values as parameters.
import { wholeNumberFromEnv, type Env } from "../env-number";

export const DEFAULT_PUBLIC_URL = "http://localhost:3000";
export const DEFAULT_FEED_HISTORY_MONTHS = 12;
const MAX_FEED_HISTORY_MONTHS = 120;

/**
 * The address people reach Fristvakt at, from FRISTVAKT_PUBLIC_URL (default
 * http://localhost:3000), without a trailing slash. Links in feeds and the subscribe page are
 * built from it rather than from the request's Host, which a proxy or a client can change.
 */
export function publicBaseUrlFromEnv(env: Env = process.env): string {
  const raw = env.FRISTVAKT_PUBLIC_URL?.trim();
  if (!raw) return DEFAULT_PUBLIC_URL;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new Error(`FRISTVAKT_PUBLIC_URL must be an http(s) address such as "https://fristvakt.no", not "${raw}".`);
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * How many months back a feed reaches, from FRISTVAKT_FEED_HISTORY_MONTHS (whole number
 * 0..120, default 12): items whose last day is older than that stay in the app but leave the
 * feeds, so feeds stay small for the clients that poll them.
 */
export function feedHistoryMonthsFromEnv(env: Env = process.env): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_FEED_HISTORY_MONTHS", { fallback: DEFAULT_FEED_HISTORY_MONTHS, min: 0, max: MAX_FEED_HISTORY_MONTHS, unit: "months" });
}
