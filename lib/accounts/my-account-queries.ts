import "server-only";
import type { Db } from "../db/prisma";
import type { Viewer } from "../auth/viewer-types";

/** Whether the viewer has a password (one who signs in only through OpenID Connect has none). */
export async function hasPassword(db: Db, viewer: Viewer): Promise<boolean> {
  if (!viewer.isSignedIn) return false;
  const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
