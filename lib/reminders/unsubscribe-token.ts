// The token in an e-mail's unsubscribe link: it names a user, one purpose and the day it was
// made, and is signed with the app's secret, so the link works without signing in but cannot
// be forged, turned to another use (a digest link cannot stop reminders, nor open a session)
// or kept working for ever: it holds for a year from that day, time enough for anyone to act
// on an e-mail. Pure apart from node:crypto.
import { createHmac, timingSafeEqual } from "node:crypto";
import { UUID_SOURCE } from "../model/uuid";

export const UNSUBSCRIBE_PURPOSES = ["reminders", "digest"] as const;
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number];

/** How long a link works after the e-mail was made. */
export const UNSUBSCRIBE_LINK_DAYS = 365;
/**
 * Links made before they carried their day never expired. When they were sent is not known,
 * but it was before this day, when links began to carry it: they work for a year after it.
 */
export const UNDATED_LINKS_WORK_UNTIL = new Date("2027-12-03T00:00:00Z");

const DAY_MS = 86_400_000;
const PURPOSE_CODES: Record<UnsubscribePurpose, string> = { reminders: "r", digest: "d" };
// purpose . user . [day made, in base 36 days since 1970 .] signature
const TOKEN_PATTERN = new RegExp(`^([rd])\\.(${UUID_SOURCE})\\.(?:([0-9a-z]{1,6})\\.)?([A-Za-z0-9_-]{43})$`);

function signature(secret: string, purpose: UnsubscribePurpose, userId: string, day: number | null): string {
  // The label keeps these signatures apart from anything else signed with the same secret.
  const dated = day === null ? "" : `\n${day}`;
  return createHmac("sha256", secret).update(`fristvakt-unsubscribe\n${purpose}\n${userId}${dated}`).digest("base64url");
}

const dayOf = (instant: Date) => Math.floor(instant.getTime() / DAY_MS);

/** A token for an e-mail made at `now`; it works for UNSUBSCRIBE_LINK_DAYS days from that day. */
export function createUnsubscribeToken(secret: string, userId: string, purpose: UnsubscribePurpose, now: Date): string {
  const day = dayOf(now);
  const user = userId.toLowerCase();
  return `${PURPOSE_CODES[purpose]}.${user}.${day.toString(36)}.${signature(secret, purpose, user, day)}`;
}

export type UnsubscribeTokenCheck =
  { isValid: true; userId: string; purpose: UnsubscribePurpose } | { isValid: false; reason: "invalid" | "expired" };

/** Whether a token was signed with `secret` and still works at `now`, and for whom. */
export function checkUnsubscribeToken(secret: string, token: string, now: Date): UnsubscribeTokenCheck {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return { isValid: false, reason: "invalid" };
  const purpose: UnsubscribePurpose = match[1] === "r" ? "reminders" : "digest";
  const userId = match[2];
  const day = match[3] === undefined ? null : Number.parseInt(match[3], 36);
  const expected = Buffer.from(signature(secret, purpose, userId, day));
  const given = Buffer.from(match[4]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { isValid: false, reason: "invalid" };
  const worksUntil = day === null ? UNDATED_LINKS_WORK_UNTIL.getTime() : (day + 1 + UNSUBSCRIBE_LINK_DAYS) * DAY_MS;
  if (now.getTime() >= worksUntil) return { isValid: false, reason: "expired" };
  return { isValid: true, userId, purpose };
}

export function unsubscribePageUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/unsubscribe/${token}`;
}

/** Where mail programs send the one-click unsubscribe POST (RFC 8058). */
export function oneClickUnsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/api/unsubscribe/${token}`;
}
