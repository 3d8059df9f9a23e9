// The JSON API's limit per client address, from FRISTVAKT_API_RATE_LIMIT (requests a minute,
// 1..1000000, default 120). A bad value throws at start rather than silently using the default.
type Env = Record<string, string | undefined>;

export const DEFAULT_API_RATE_LIMIT = 120;

export function apiRateLimitFromEnv(env: Env = process.env): number {
  const raw = env.FRISTVAKT_API_RATE_LIMIT?.trim();
  if (!raw) return DEFAULT_API_RATE_LIMIT;
  const limit = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= 1_000_000)) {
    throw new Error(`FRISTVAKT_API_RATE_LIMIT must be a whole number of requests a minute from 1 to 1000000, not "${raw}".`);
  }
  return limit;
}
