// "Glemt passord?": a link by e-mail, valid one hour, used once. The answer to a request is
// the same whether or not the address has an account; the e-mail is the only difference.
// Runs in the app; the database client is passed in.
import type { Db } from "../db/prisma";
import { recordAuditEvent } from "../audit/record";
import { AppError, parseInput } from "../errors";
import { countRecentResets, findValidAccountToken, issueAccountToken, voidAccountTokens } from "../auth/account-tokens";
import { newPasswordInputSchema, passwordResetRequestSchema, type NewPasswordInput, type PasswordResetRequest } from "./account-schemas";
import { hashPassword } from "../auth/password";
import { ENDS_SESSIONS } from "../auth/sessions";

const NO_USER = "00000000-0000-4000-8000-000000000000";

/** More requests than this in an hour send nothing more: nobody can flood someone's mailbox. */
export const MAX_RESETS_PER_HOUR = 3;

export interface AccountEmailRecipient {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  /** The plain token, for the e-mail's link only. */
  token: string;
}

/**
 * Issues a reset link for the address, or null when there is nothing to send (no such
 * account, a disabled one, or too many requests). The caller answers the same either way.
 */
export async function requestPasswordReset(db: Db, input: PasswordResetRequest, now: Date): Promise<AccountEmailRecipient | null> {
  const { email } = parseInput(passwordResetRequestSchema, input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    const isActive = Boolean(user && !user.disabledAt);
    // The same queries whether or not the address has an account, so the answer's timing does
    // not tell; under a lock per address, so parallel requests cannot slip past the hourly limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reset:${email}`}, 0))`;
    const recent = await countRecentResets(tx, user?.id ?? NO_USER, new Date(now.getTime() - 3_600_000));
    if (!user || !isActive || recent >= MAX_RESETS_PER_HOUR) return null;
    const token = await issueAccountToken(tx, user.id, "PASSWORD_RESET", null, now);
    return { userId: user.id, email: user.email, name: user.name, locale: user.locale, token };
  });
}

/** The address a reset link belongs to while it can still be used; null for any other link. */
export async function getPasswordResetLink(db: Db, token: string, now: Date): Promise<{ email: string } | null> {
  const found = await db.$transaction((tx) => findValidAccountToken(tx, token, "PASSWORD_RESET", now));
  return found && { email: found.email };
}

/**
 * Sets a new password from a reset link and uses the link up, with every other open link of
 * the user's. An expired, used or unknown link is NOT_FOUND with reason LINK_EXPIRED.
 */
export async function resetPassword(db: Db, input: NewPasswordInput, now: Date): Promise<{ userId: string; email: string }> {
  const data = parseInput(newPasswordInputSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const link = await findValidAccountToken(tx, data.token, "PASSWORD_RESET", now, true);
    if (!link) throw new AppError("NOT_FOUND", "LINK_EXPIRED");
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash, ...ENDS_SESSIONS } });
    await voidAccountTokens(tx, link.userId, now);
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: link.userId,
      entityType: "user",
      entityId: link.userId,
      action: "password_reset",
      changes: {},
    });
    return { userId: link.userId, email: link.email };
  });
}
