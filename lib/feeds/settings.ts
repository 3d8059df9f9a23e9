// Feed settings read from the environment. Entry points read them once per request (or at
// start, to stop on a typo); everything below takes the values as parameters.
import { listeningPortFromEnv } from "../settings/port";
import { wholeNumberFromEnv, type Env } from "../settings/whole-number";
import type { FeedSettings } from "./feed-stamp";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

export const DEFAULT_FEED_HISTORY_MONTHS = 12;
const MAX_FEED_HISTORY_MONTHS = 120;

/**
 * The address people reach Fristvakt at, from FRISTVAKT_PUBLIC_URL (default
 * http://localhost:<PORT>, the port it listens on), without a trailing slash. Links in feeds
 * and the subscribe page are built from it rather than from the request's Host, which a proxy
 * or a client can change.
 */
export function publicBaseUrlFromEnv(env: Env = process.env): string {
  const raw = env.FRISTVAKT_PUBLIC_URL?.trim();
  if (!raw) return `http://localhost:${listeningPortFromEnv(env)}`;
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
  return wholeNumberFromEnv(env, "FRISTVAKT_FEED_HISTORY_MONTHS", {
    fallback: DEFAULT_FEED_HISTORY_MONTHS,
    min: 0,
    max: MAX_FEED_HISTORY_MONTHS,
    unit: "months",
  });
}

/**
 * A one-line warning when FRISTVAKT_PUBLIC_URL names this machine (localhost and the like) on
 * another port than the app listens on, so links would lead nowhere; null when it matches or
 * names another host (a proxy in front is the usual reason for that).
 */
export function describePublicUrlMismatch(env: Env = process.env): string | null {
  const raw = env.FRISTVAKT_PUBLIC_URL?.trim();
  if (!raw) return null;
  const url = new URL(publicBaseUrlFromEnv(env));
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  const port = listeningPortFromEnv(env);
  const linked = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  if (linked === port) return null;
  return `Warning: FRISTVAKT_PUBLIC_URL is ${url.href.replace(/\/+$/, "")}, but Fristvakt listens on port ${port}: feed, calendar and e-mail links will point at port ${linked}. Unset FRISTVAKT_PUBLIC_URL, or set it to the address people use.`;
}

// A feed poll reads its settings on every request; worked out again only when a raw value
// changed (tests change them between requests), so a poll pays a few string compares.
let lastSettings: { url: string | undefined; port: string | undefined; months: string | undefined; settings: FeedSettings } | null = null;

/** The public address and the history window together, as publicBaseUrlFromEnv and feedHistoryMonthsFromEnv read them. */
export function feedSettingsFromEnv(env: Env = process.env): FeedSettings {
  const url = env.FRISTVAKT_PUBLIC_URL;
  const port = env.PORT;
  const months = env.FRISTVAKT_FEED_HISTORY_MONTHS;
  if (lastSettings && lastSettings.url === url && lastSettings.port === port && lastSettings.months === months)
    return lastSettings.settings;
  const settings = { baseUrl: publicBaseUrlFromEnv(env), historyMonths: feedHistoryMonthsFromEnv(env) };
  lastSettings = { url, port, months, settings };
  return settings;
}
