// Every access rule in one place. Pages use the `can…` answers to show or hide controls;
// every mutation calls a `require…` first, whatever the page or middleware already checked.
import { AppError } from "../errors";
import type { Role, SignedInViewer, Viewer } from "./viewer-types";

/** Who may create, edit and import items, and run the sources. */
export const ITEM_EDITOR_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];
/** Who may run organisations and user accounts (the admin page). */
export const ADMIN_ROLES: readonly Role[] = ["ADMIN"];

export function canEditItems(viewer: Viewer): boolean {
  return viewer.isSignedIn && ITEM_EDITOR_ROLES.includes(viewer.role);
}

/** Item history (who changed what) is for the people who edit items. */
export function canViewItemHistory(viewer: Viewer): boolean {
  return canEditItems(viewer);
}

/** Organisations and user accounts are the admins'. */
export function canAdminister(viewer: Viewer): boolean {
  return viewer.isSignedIn && ADMIN_ROLES.includes(viewer.role);
}

export function requireSignedIn(viewer: Viewer): SignedInViewer {
  if (!viewer.isSignedIn) throw new AppError("UNAUTHENTICATED", "SIGN_IN_REQUIRED");
  return viewer;
}

/** The viewer, if signed in with one of `roles`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(viewer: Viewer, roles: readonly Role[]): SignedInViewer {
  const signedIn = requireSignedIn(viewer);
  if (!roles.includes(signedIn.role)) throw new AppError("FORBIDDEN", "FORBIDDEN");
  return signedIn;
}

export function requireItemEditor(viewer: Viewer): SignedInViewer {
  return requireRole(viewer, ITEM_EDITOR_ROLES);
}

export function requireAdmin(viewer: Viewer): SignedInViewer {
  return requireRole(viewer, ADMIN_ROLES);
}

/**
 * The viewer's own organisation, the only one whose responses and feed links they may
 * touch. The id always comes from the session's user, never from the request.
 */
export function requireOrganisationMember(viewer: Viewer): { viewer: SignedInViewer; organisationId: string } {
  const signedIn = requireSignedIn(viewer);
  if (!signedIn.organisationId) {
    throw new AppError("FORBIDDEN", "NOT_ORGANISATION_MEMBER");
  }
  return { viewer: signedIn, organisationId: signedIn.organisationId };
}
