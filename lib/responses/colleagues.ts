import "server-only";
import type { Db } from "../db/prisma";
import type { Viewer } from "../auth/viewer-types";
import type { Colleague } from "./types";

/** The active members of the viewer's organisation, by name: who can be named responsible for an answer. */
export async function listColleagues(db: Db, viewer: Viewer): Promise<Colleague[]> {
  if (!viewer.isSignedIn || !viewer.organisationId) return [];
  return db.user.findMany({
    where: { organisationId: viewer.organisationId, disabledAt: null },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
