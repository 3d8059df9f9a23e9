// One-time links for setting a password: a reset the user asks for, or an admin's invitation.
// 256 random bits, written as base64url; only the SHA-256 is stored (as for private feed
// links), so a copy of the database opens no account. Runs in the app and in tests.
import type { AccountTokenPurpose, Prisma } from "../db/generated/client";
import { generateFeedToken, hashFeedToken, isFeedTokenShaped } from "./token-secret";

type Tx = Prisma.TransactionClient;

export const RESET_VALID_MINUTES = 60;
export const INVITATION_VALID_DAYS = 7;

const VALID_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: RESET_VALID_MINUTES * 60_000,
  INVITATION: INVITATION_VALID_DAYS * 24 * 60 * 60_000,
};

export const hashAccountToken = hashFeedToken;

/**
 * A new link for `userId`. Earlier unused links of the same purpose stop working: only the
 * newest e-mail's link counts. Returns the plain token, to go into the e-mail only.
 */
export async function issueAccountToken(
  tx: Tx,
  userId: string,
  purpose: AccountTokenPurpose,
  createdById: string | null,
  now: Date,
): Promise<string> {
  const token = generateFeedToken();
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashAccountToken(token),
      createdById,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VALID_MS[purpose]),
    },
  });
  return token;
}

export interface ValidAccountToken {
  id: string;
  userId: string;
  email: string;
  name: string;
  hasPassword: boolean;
}

/**
 * The link's user while the link is unused, unexpired and the user active; null otherwise.
 * `forUpdate` locks the row, so two uses of one link at the same moment cannot both pass.
 */
export async function findValidAccountToken(
  tx: Tx,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date,
  forUpdate = false,
): Promise<ValidAccountToken | null> {
  if (!isFeedTokenShaped(token)) return null;
  const tokenHash = hashAccountToken(token);
  if (forUpdate) await tx.$queryRaw`SELECT id FROM account_token WHERE token_hash = ${tokenHash} FOR UPDATE`;
  const row = await tx.accountToken.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  return { id: row.id, userId: row.userId, email: row.user.email, name: row.user.name, hasPassword: row.user.passwordHash !== null };
}

/** Every unused link of the user's: after a password is set, no older e-mail can set it again. */
export async function voidAccountTokens(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.accountToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

/** How many reset links the user was sent since `since`, to keep the sign-in page from flooding a mailbox. */
export function countRecentResets(tx: Tx, userId: string, since: Date): Promise<number> {
  return tx.accountToken.count({ where: { userId, purpose: "PASSWORD_RESET", createdAt: { gte: since } } });
}
