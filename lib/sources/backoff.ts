// When a source is polled next. After a failure (a timeout, a 500, a 429) the wait doubles
// each time, from the source's own interval up to a day, and a server's Retry-After is
// honoured when it asks for longer. Pure.
const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export function nextPollAt(now: Date, intervalMinutes: number, failureCount: number, retryAfterMs: number | null = null): Date {
  const interval = intervalMinutes * 60_000;
  const wait = failureCount === 0 ? interval : Math.min(interval * 2 ** failureCount, Math.max(MAX_BACKOFF_MS, interval));
  return new Date(now.getTime() + Math.max(wait, retryAfterMs ?? 0));
}
