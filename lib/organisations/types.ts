// Organisations, users and feed links as pages see them. Pure.
import type { Locale } from "../i18n/locale";
import type { Role } from "../auth/viewer-types";

export interface OrganisationView {
  id: string;
  name: string;
  slug: string;
  isResponsesPublic: boolean;
  createdAt: Date;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  locale: Locale | null;
  disabledAt: Date | null;
  /** False for an invited user who has not chosen a password yet (or who signs in only through OpenID Connect). */
  hasPassword: boolean;
  createdAt: Date;
}

/** A private feed link without its secret: the token is shown once, when created. */
export interface FeedTokenView {
  id: string;
  name: string;
  createdAt: Date;
  createdByName: string | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}
