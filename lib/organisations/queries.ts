import "server-only";
import type { Db } from "../db/prisma";
import { requireAdmin } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { toOrganisationView, toUserView } from "./records";
import type { OrganisationView, UserView } from "./types";

/** Admin only: every organisation, by name. */
export async function listOrganisations(db: Db, viewer: Viewer): Promise<OrganisationView[]> {
  requireAdmin(viewer);
  const rows = await db.organisation.findMany({ orderBy: { name: "asc" } });
  return rows.map(toOrganisationView);
}

/** The viewer's own organisation, or null for anonymous viewers and users without one. */
export async function getMyOrganisation(db: Db, viewer: Viewer): Promise<OrganisationView | null> {
  if (!viewer.isSignedIn || !viewer.organisationId) return null;
  const row = await db.organisation.findUnique({ where: { id: viewer.organisationId } });
  return row ? toOrganisationView(row) : null;
}

/** Admin only: every user with their organisation, disabled ones last. */
export async function listUsers(db: Db, viewer: Viewer): Promise<UserView[]> {
  requireAdmin(viewer);
  const rows = await db.user.findMany({
    include: { organisation: { select: { name: true } } },
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { email: "asc" }],
  });
  return rows.map(toUserView);
}
