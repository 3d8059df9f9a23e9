import "server-only";
import type { Db } from "../db/prisma";
import { normaliseEmail } from "./email";
import { isUuid } from "../model/uuid";
import type { SessionClaims } from "./sessions";
import { ANONYMOUS, toViewer, type Viewer, type ViewerSource } from "./viewer-types";

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
  // One statement for the user and the ended-session check: this runs for every signed-in
  // request, and each query costs more in the app than in the database.
  const [row] = await db.$queryRaw<(ViewerSource & { sessionVersion: number; isEnded: boolean })[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.organisation_id AS "organisationId", u.locale,
      u.disabled_at AS "disabledAt", u.session_version AS "sessionVersion",
      EXISTS (SELECT 1 FROM ended_session e WHERE e.session_id = ${session.sessionId}::uuid) AS "isEnded"
    FROM app_user u WHERE u.id = ${session.userId}::uuid`;
  if (!row || row.sessionVersion !== session.version || row.isEnded) return ANONYMOUS;
  return toViewer(row);
}

/** The id of the active user with this e-mail, for a sign-in through OpenID Connect. */
export async function findActiveUserIdByEmail(db: Db, email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: normaliseEmail(email) }, select: { id: true, disabledAt: true } });
  return user && !user.disabledAt ? user.id : null;
}
