import "server-only";
import type { Db } from "../db/prisma";
import { normaliseEmail } from "./email";
import { isUuid } from "../model/uuid";
import type { SessionClaims } from "./sessions";
import { ANONYMOUS, toViewer, type Viewer } from "./viewer-types";

/**
 * The viewer for a session, read from the database on every request: a changed role,
 * organisation or a disabling takes effect on the user's next request, whatever the session
 * cookie says. A user who is gone or disabled is anonymous, and so is a session that was ended:
 * signed out of, or made before its user's sessions were all ended (lib/auth/sessions.ts).
 * A bare user id (scripts, tests) loads the user without any session to check.
 */
export async function loadViewer(db: Db, sessionOrUserId: SessionClaims | string): Promise<Viewer> {
  if (typeof sessionOrUserId === "string") {
    const user = isUuid(sessionOrUserId) ? await db.user.findUnique({ where: { id: sessionOrUserId } }) : null;
    return user ? toViewer(user) : ANONYMOUS;
  }
  const session = sessionOrUserId;
  if (!isUuid(session.userId)) return ANONYMOUS;
  const [user, ended] = await Promise.all([
    db.user.findUnique({ where: { id: session.userId } }),
    session.sessionId ? db.endedSession.findUnique({ where: { sessionId: session.sessionId }, select: { userId: true } }) : null,
  ]);
  if (!user || user.sessionVersion !== session.version || ended) return ANONYMOUS;
  return toViewer(user);
}

/** The id of the active user with this e-mail, for a sign-in through OpenID Connect. */
export async function findActiveUserIdByEmail(db: Db, email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: normaliseEmail(email) }, select: { id: true, disabledAt: true } });
  return user && !user.disabledAt ? user.id : null;
}
