// The JSON API's limit per client address, from FRISTVAKT_API_RATE_LIMIT (requests a minute,
// 1..1000000, default 120). A bad value throws at start rather than silently using the default.
import { wholeNumberFromEnv, type Env } from "../settings/whole-number";

export const DEFAULT_API_RATE_LIMIT = 120;

export function apiRateLimitFromEnv(env: Env = process.env): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_API_RATE_LIMIT", {
    fallback: DEFAULT_API_RATE_LIMIT,
    min: 1,
    max: 1_000_000,
    unit: "requests a minute",
  });
}
