import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { AppError } from "../errors";
import { normaliseEmail } from "./email";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH } from "./password-rules";
import { ANONYMOUS, toViewer, type SignedInViewer, type Viewer } from "./viewer-types";

/** Failed attempts from one address count for this long; more than MAX_ADDRESS_FAILURES are refused. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_ADDRESS_FAILURES = 20;
/** An account's failures count for this long (a success by its owner wipes them). */
export const ACCOUNT_WINDOW_MINUTES = 60;
/** Failures an account takes before its delays begin. */
export const MAX_ACCOUNT_FAILURES = 5;
const FIRST_DELAY_SECONDS = 15;
const LONGEST_DELAY_SECONDS = 15 * 60;
const KEEP_ATTEMPTS_HOURS = 24;

/**
 * How long after its latest failure an account takes another attempt from an address that has
 * failed, once it has `failures` failures: nothing for the first MAX_ACCOUNT_FAILURES, then
 * 15 s, doubling with each further failure, up to 15 minutes.
 */
export function accountDelaySeconds(failures: number): number {
  if (failures < MAX_ACCOUNT_FAILURES) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - MAX_ACCOUNT_FAILURES), LONGEST_DELAY_SECONDS);
}

/** One reason for every wrong answer, so a caller learns neither which part was wrong nor whether the account exists. */
export const SIGN_IN_FAILED = "SIGN_IN_FAILED" as const;
/** For an attempt that must wait; an unknown e-mail waits the same way, so it tells nothing either. */
export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED" as const;

export const accountKey = (email: string) => `account:${normaliseEmail(email)}`;
export const addressKey = (address: string) => `address:${address}`;

interface Failures {
  count: number;
  latestAt: Date | null;
}

/**
 * Failed attempts for `key` in the `minutes` before `now`. For an account, a success wipes
 * the slate (only the owner can succeed); for an address it does not, or an attacker with
 * an account of their own could reset the count between guesses.
 */
async function countFailures(
  tx: Prisma.TransactionClient,
  key: string,
  now: Date,
  minutes: number,
  isResetBySuccess: boolean,
): Promise<Failures> {
  let since = new Date(now.getTime() - minutes * 60_000);
  if (isResetBySuccess) {
    const success = await tx.loginAttempt.findFirst({
      where: { key, succeeded: true, at: { gte: since, lte: now } },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    if (success) since = new Date(success.at.getTime() + 1);
  }
  const where = { key, succeeded: false, at: { gte: since, lte: now } };
  const [count, latest] = await Promise.all([
    tx.loginAttempt.count({ where }),
    tx.loginAttempt.findFirst({ where, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  return { count, latestAt: latest?.at ?? null };
}

/**
 * Whether this attempt must wait. An address past MAX_ADDRESS_FAILURES is refused whatever
 * account it tries. An account under attack makes attempts wait longer after each failure,
 * but only attempts from addresses that have failed themselves (or are unknown): the owner,
 * signing in from an address that has not failed, is never kept out by someone else's guesses.
 */
function isThrottled(account: Failures, address: Failures | null, now: Date): boolean {
  if (address && address.count >= MAX_ADDRESS_FAILURES) return true;
  const isCleanAddress = address !== null && address.count === 0;
  if (isCleanAddress || !account.latestAt) return false;
  return now.getTime() - account.latestAt.getTime() < accountDelaySeconds(account.count) * 1_000;
}

type Outcome = { viewer: Viewer; isThrottled: boolean };

/**
 * Checks an e-mail and password. Attempts are counted in PostgreSQL, per account and per
 * address, under an advisory lock per key, so the limits hold across app instances and
 * concurrent requests (see isThrottled). Refuses with RATE_LIMITED while an attempt must wait
 * (the password is then not even checked), else UNAUTHENTICATED for a wrong password, an
 * unknown e-mail or a disabled user. `address` may be null when unknown; it then counts as an
 * address that has failed.
 */
export async function verifyCredentials(
  db: Db,
  email: string,
  password: string,
  address: string | null,
  now: Date,
): Promise<SignedInViewer> {
  const account = accountKey(email);
  const keys = address ? [account, addressKey(address)] : [account];
  const outcome = await db.$transaction(
    async (tx): Promise<Outcome> => {
      // In one fixed order, so two sign-ins never wait for each other's second lock.
      for (const key of [...keys].sort()) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
      }
      const accountFailures = await countFailures(tx, account, now, ACCOUNT_WINDOW_MINUTES, true);
      const addressFailures = address ? await countFailures(tx, addressKey(address), now, SIGN_IN_WINDOW_MINUTES, false) : null;
      if (isThrottled(accountFailures, addressFailures, now)) return { viewer: ANONYMOUS, isThrottled: true };
      const user = await tx.user.findUnique({ where: { email: normaliseEmail(email) } });
      const isPasswordRight =
        password.length <= MAX_PASSWORD_LENGTH && user?.passwordHash
          ? await verifyPassword(user.passwordHash, password)
          : await verifyAgainstDummy(password.slice(0, MAX_PASSWORD_LENGTH));
      const viewer = user && isPasswordRight ? toViewer(user) : ANONYMOUS;
      await tx.loginAttempt.createMany({ data: keys.map((key) => ({ key, at: now, succeeded: viewer.isSignedIn })) });
      return { viewer, isThrottled: false };
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
  await pruneOldAttempts(db, now);
  if (outcome.isThrottled) throw new AppError("RATE_LIMITED", SIGN_IN_THROTTLED);
  if (!outcome.viewer.isSignedIn) throw new AppError("UNAUTHENTICATED", SIGN_IN_FAILED);
  return outcome.viewer;
}

/** Attempts older than a day no longer count for anything. */
async function pruneOldAttempts(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - KEEP_ATTEMPTS_HOURS * 3_600_000);
  await db.loginAttempt.deleteMany({ where: { at: { lt: before } } }).catch(() => undefined);
}
