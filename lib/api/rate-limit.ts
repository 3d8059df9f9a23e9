import "server-only";
import type { Db } from "../db/prisma";

export interface RateLimitAnswer {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;

/**
 * Counts one request for `key` in the current minute (a fixed window) in PostgreSQL, so the
 * limit holds however many app instances serve the API: one upsert, atomic under concurrent
 * requests. The first request of a window also clears windows that have ended.
 */
export async function countApiRequest(db: Db, key: string, limit: number, now: Date): Promise<RateLimitAnswer> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO api_rate_limit (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = api_rate_limit.count + 1
    RETURNING count`;
  if (count === 1) await db.$executeRaw`DELETE FROM api_rate_limit WHERE window_start < ${windowStart}`;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  return { isAllowed: count <= limit, limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}
