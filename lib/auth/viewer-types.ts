// Who is asking: a signed-in user as loaded from the database on this request, or nobody.
// Pure, so access rules, pages and tests share it without the session or Prisma.
import { isLocale, type Locale } from "../i18n/locale";

export const ROLES = ["MEMBER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface SignedInViewer {
  isSignedIn: true;
  userId: string;
  role: Role;
  /** Null for editors and admins who belong to no organisation. */
  organisationId: string | null;
  /** The user's chosen language; null means "follow the browser". */
  locale: Locale | null;
  name: string;
  email: string;
}

export interface AnonymousViewer {
  isSignedIn: false;
}

export type Viewer = SignedInViewer | AnonymousViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ isSignedIn: false });

export interface ViewerSource {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  locale: string | null;
  disabledAt: Date | null;
}

/** The viewer a user row stands for; a disabled user is nobody. */
export function toViewer(user: ViewerSource): Viewer {
  if (user.disabledAt) return ANONYMOUS;
  return {
    isSignedIn: true,
    userId: user.id,
    role: user.role,
    organisationId: user.organisationId,
    locale: isLocale(user.locale) ? user.locale : null,
    name: user.name,
    email: user.email,
  };
}
