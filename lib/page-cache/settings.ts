// Memory for rendered public pages, from FRISTVAKT_PAGE_CACHE_MB (0..1024, default 32; 0 turns
// the page cache off). A bad value throws at start rather than silently using the default.
import { isSwitchedOn } from "../settings/switch";
import { wholeNumberFromEnv, type Env } from "../settings/whole-number";

export const DEFAULT_PAGE_CACHE_MB = 32;

export function pageCacheMbFromEnv(env: Env = process.env): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_PAGE_CACHE_MB", { fallback: DEFAULT_PAGE_CACHE_MB, min: 0, max: 1024, unit: "megabytes" });
}

/** FRISTVAKT_CONTENT_LISTEN: `off` makes each instance ask the database for the content version on every request. */
export function isContentListenOn(env: Env = process.env): boolean {
  return isSwitchedOn(env, "FRISTVAKT_CONTENT_LISTEN");
}
