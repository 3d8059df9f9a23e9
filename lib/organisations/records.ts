// Rows → views, and rows → the fields an audit row records. Never a password hash or a
// token hash in either.
import type { FeedToken, Organisation, User } from "../db/generated/client";
import { auditInstant, type AuditRecord } from "../audit/changes";
import { isLocale } from "../i18n/locale";
import type { FeedTokenView, OrganisationView, UserView } from "./types";

export function toOrganisationView(row: Organisation): OrganisationView {
  return { id: row.id, name: row.name, slug: row.slug, isResponsesPublic: row.isResponsesPublic, createdAt: row.createdAt };
}

export function organisationRecord(row: Organisation): AuditRecord {
  return { name: row.name, slug: row.slug, isResponsesPublic: row.isResponsesPublic };
}

export function toUserView(row: User & { organisation: { name: string } | null }): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    organisationName: row.organisation?.name ?? null,
    locale: isLocale(row.locale) ? row.locale : null,
    disabledAt: row.disabledAt,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
  };
}

export function userRecord(row: User): AuditRecord {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    locale: row.locale,
    disabledAt: auditInstant(row.disabledAt),
    hasPassword: row.passwordHash !== null,
  };
}

export function toFeedTokenView(row: FeedToken & { createdBy: { name: string } | null }): FeedTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.name ?? null,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

export function feedTokenRecord(row: FeedToken): AuditRecord {
  return { name: row.name, revokedAt: auditInstant(row.revokedAt) };
}
