// When a failed send is tried again: one minute, then twice as long each time up to six
// hours, giving up after 20 attempts (about three days). A mail server that is down for a
// night loses nothing; one that refuses for days leaves the e-mail FAILED, with its error.
export const MAX_SEND_ATTEMPTS = 20;
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/** The delay after the `attempts`-th failed attempt (1 = the first). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** The next attempt's time, or null when `attempts` failures are enough to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  return attempts >= MAX_SEND_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(attempts));
}
