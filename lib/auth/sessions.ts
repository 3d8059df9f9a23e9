import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/prisma";
import { isUuid } from "../model/uuid";

/** How long a session lasts without use (Auth.js `session.maxAge`). */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/**
 * What the session cookie carries besides the user's id: the user's session version at
 * sign-in, and an id of its own, so that one session can be ended (signing out) and all of a
 * user's sessions at once (raising the version). Role and the rest are read from the database.
 */
export interface SessionClaims {
  userId: string;
  version: number;
  sessionId: string | null;
}

/** The claims of a decoded token or session, or null when it names no user. */
export function sessionClaimsOf(token: { sub?: unknown; sv?: unknown; sid?: unknown } | null | undefined): SessionClaims | null {
  if (!token || typeof token.sub !== "string") return null;
  // A session made before versions existed has none: it stands for version 0, the column's default.
  const version = Number.isInteger(token.sv) ? (token.sv as number) : 0;
  const sessionId = typeof token.sid === "string" && isUuid(token.sid) ? token.sid : null;
  return { userId: token.sub, version, sessionId };
}

/** The token fields of a new session for `userId`. */
export async function startSession(db: Db, userId: string): Promise<{ sub: string; sv: number; sid: string }> {
  const user = isUuid(userId) ? await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }) : null;
  return { sub: userId, sv: user?.sessionVersion ?? 0, sid: randomUUID() };
}

/**
 * Ends every session of a user, on every device: "sign out everywhere", a password change, an
 * admin's decision. Sessions made afterwards work as usual. Does nothing for an unknown user.
 */
export async function endSessions(db: Db, userId: string): Promise<void> {
  if (!isUuid(userId)) return;
  await db.user.updateMany({ where: { id: userId }, data: ENDS_SESSIONS });
}

/** The change to a user's row that ends every session made before it, for writes that end them in their own transaction. */
export const ENDS_SESSIONS = { sessionVersion: { increment: 1 } } as const;

/**
 * Ends one session (signing out): its cookie is refused from now on, even if someone kept a
 * copy. Kept until the session would have expired anyway; older ones are pruned here.
 */
export async function endSession(db: Db, claims: SessionClaims, expiresAt: Date, now: Date): Promise<void> {
  if (!claims.sessionId || !isUuid(claims.userId)) return;
  await db.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.endedSession.createMany({
    data: [{ sessionId: claims.sessionId, userId: claims.userId, endedAt: now, expiresAt }],
    skipDuplicates: true,
  });
}
