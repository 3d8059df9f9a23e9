import "server-only";
import type { Db } from "../db/prisma";
import { normaliseEmail } from "./email";
import { isUuid } from "./ids";
import { ANONYMOUS, toViewer, type Viewer } from "./viewer-types";

/**
 * The viewer for a session's user id, read from the database on every request: a changed
 * role, organisation or a disabling takes effect on the user's next request, whatever the
 * session cookie says. A user who is gone or disabled is anonymous.
 */
export async function loadViewer(db: Db, userId: string): Promise<Viewer> {
  if (!isUuid(userId)) return ANONYMOUS;
  const user = await db.user.findUnique({ where: { id: userId } });
  return user ? toViewer(user) : ANONYMOUS;
}

/** The id of the active user with this e-mail, for a sign-in through OpenID Connect. */
export async function findActiveUserIdByEmail(db: Db, email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: normaliseEmail(email) }, select: { id: true, disabledAt: true } });
  return user && !user.disabledAt ? user.id : null;
}
