// The token in an e-mail's unsubscribe link: it names a user and one purpose, and is signed
// with the app's secret, so the link works without signing in but cannot be forged or turned
// to another use (a digest link cannot stop reminders, nor open a session). It never expires:
// an old e-mail's link must still work. Pure apart from node:crypto.
import { createHmac, timingSafeEqual } from "node:crypto";

export const UNSUBSCRIBE_PURPOSES = ["reminders", "digest"] as const;
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number];

const PURPOSE_CODES: Record<UnsubscribePurpose, string> = { reminders: "r", digest: "d" };
const TOKEN_PATTERN = /^([rd])\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, purpose: UnsubscribePurpose, userId: string): string {
  // The label keeps these signatures apart from anything else signed with the same secret.
  return createHmac("sha256", secret).update(`fristvakt-unsubscribe\n${purpose}\n${userId}`).digest("base64url");
}

export function createUnsubscribeToken(secret: string, userId: string, purpose: UnsubscribePurpose): string {
  return `${PURPOSE_CODES[purpose]}.${userId.toLowerCase()}.${signature(secret, purpose, userId.toLowerCase())}`;
}

/** The user and purpose a token was made for, or null for anything not signed with `secret`. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; purpose: UnsubscribePurpose } | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const purpose: UnsubscribePurpose = match[1] === "r" ? "reminders" : "digest";
  const userId = match[2];
  const expected = Buffer.from(signature(secret, purpose, userId));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, purpose } : null;
}

export function unsubscribePageUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/unsubscribe/${token}`;
}

/** Where mail programs send the one-click unsubscribe POST (RFC 8058). */
export function oneClickUnsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/api/unsubscribe/${token}`;
}
