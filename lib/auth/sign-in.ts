import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { AppError } from "../errors";
import { normaliseEmail } from "./email";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH } from "./password-rules";
import { ANONYMOUS, toViewer, type SignedInViewer, type Viewer } from "./viewer-types";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
const KEEP_ATTEMPTS_HOURS = 24;

/** One reason for every refusal, so a caller learns neither which part was wrong nor whether the account exists. */
export const SIGN_IN_FAILED = "SIGN_IN_FAILED" as const;

export const accountKey = (email: string) => `account:${normaliseEmail(email)}`;
export const addressKey = (address: string) => `address:${address}`;

/**
 * Failed attempts for `key` in the window before `now`. For an account, a success wipes
 * the slate (only the owner can succeed); for an address it does not, or an attacker with
 * an account of their own could reset the count between guesses.
 */
async function countFailures(tx: Prisma.TransactionClient, key: string, now: Date, isResetBySuccess: boolean): Promise<number> {
  let since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  if (isResetBySuccess) {
    const success = await tx.loginAttempt.findFirst({
      where: { key, succeeded: true, at: { gte: since, lte: now } },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    if (success) since = new Date(success.at.getTime() + 1);
  }
  return tx.loginAttempt.count({ where: { key, succeeded: false, at: { gte: since, lte: now } } });
}

type Outcome = { viewer: Viewer; isThrottled: boolean };

/**
 * Checks an e-mail and password. Attempts are counted in the database, per account and per
 * address, under an advisory lock per key, so the limits hold across app instances and
 * concurrent requests. Refuses with RATE_LIMITED when either limit is reached (the password
 * is then not even checked), else UNAUTHENTICATED for a wrong password, an unknown e-mail or
 * a disabled user; both carry the same message. `address` may be null when unknown.
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
      const accountFailures = await countFailures(tx, account, now, true);
      const addressFailures = address ? await countFailures(tx, addressKey(address), now, false) : 0;
      if (accountFailures >= MAX_ACCOUNT_FAILURES || addressFailures >= MAX_ADDRESS_FAILURES) {
        return { viewer: ANONYMOUS, isThrottled: true };
      }
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
  if (outcome.isThrottled) throw new AppError("RATE_LIMITED", SIGN_IN_FAILED);
  if (!outcome.viewer.isSignedIn) throw new AppError("UNAUTHENTICATED", SIGN_IN_FAILED);
  return outcome.viewer;
}

/** Attempts older than a day no longer count for anything. */
async function pruneOldAttempts(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - KEEP_ATTEMPTS_HOURS * 3_600_000);
  await db.loginAttempt.deleteMany({ where: { at: { lt: before } } }).catch(() => undefined);
}
