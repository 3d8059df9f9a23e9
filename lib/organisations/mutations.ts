import "server-only";
import type { Db } from "../db/prisma";
import { requireAdmin, requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent, recordAuditEventIfChanged } from "../audit/record";
import { AppError, parseInput, withDatabaseErrors } from "../errors";
import { organisationRecord, toOrganisationView } from "./records";
import {
  organisationInputSchema,
  organisationRenameInputSchema,
  organisationSharingByAdminInputSchema,
  organisationSharingInputSchema,
  type OrganisationInput,
  type OrganisationRenameInput,
  type OrganisationSharingByAdminInput,
  type OrganisationSharingInput,
} from "./schemas";
import { slugifyName } from "./slug";
import type { OrganisationView } from "./types";

/** Admin only. Two names with the same slug ("Kirkens Bymisjon", "kirkens bymisjon") are one organisation: CONFLICT. */
export async function createOrganisation(db: Db, viewer: Viewer, input: OrganisationInput, now: Date): Promise<OrganisationView> {
  const admin = requireAdmin(viewer);
  const data = parseInput(organisationInputSchema, input);
  return withDatabaseErrors(
    () =>
      db.$transaction(async (tx) => {
        const row = await tx.organisation.create({
          data: { name: data.name, slug: slugifyName(data.name), isResponsesPublic: data.isResponsesPublic, createdAt: now },
        });
        await recordAuditEvent(tx, {
          at: now,
          actorUserId: admin.userId,
          organisationId: row.id,
          entityType: "organisation",
          entityId: row.id,
          action: "create",
          changes: diffRecords(null, organisationRecord(row)),
        });
        return toOrganisationView(row);
      }),
    "ORGANISATION_NAME_TAKEN",
  );
}

/**
 * Admin only. A new name (and the slug made from it); a name another organisation has, or
 * one with the same slug, is CONFLICT/ORGANISATION_NAME_TAKEN.
 */
export async function renameOrganisation(db: Db, viewer: Viewer, input: OrganisationRenameInput, now: Date): Promise<OrganisationView> {
  const admin = requireAdmin(viewer);
  const { organisationId, name } = parseInput(organisationRenameInputSchema, input);
  return withDatabaseErrors(
    () => updateOrganisation(db, admin.userId, organisationId, now, { name, slug: slugifyName(name) }),
    "ORGANISATION_NAME_TAKEN",
  );
}

/** Admin only. Whether an organisation's responses are shown to the other organisations. */
export async function setOrganisationSharingByAdmin(
  db: Db,
  viewer: Viewer,
  input: OrganisationSharingByAdminInput,
  now: Date,
): Promise<OrganisationView> {
  const admin = requireAdmin(viewer);
  const { organisationId, isResponsesPublic } = parseInput(organisationSharingByAdminInputSchema, input);
  return updateOrganisation(db, admin.userId, organisationId, now, { isResponsesPublic });
}

async function updateOrganisation(
  db: Db,
  actorUserId: string,
  organisationId: string,
  now: Date,
  data: { name?: string; slug?: string; isResponsesPublic?: boolean },
): Promise<OrganisationView> {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId } });
    if (!before) throw new AppError("NOT_FOUND", "ORGANISATION_GONE");
    const after = await tx.organisation.update({ where: { id: organisationId }, data });
    await recordAuditEventIfChanged(tx, {
      at: now,
      actorUserId,
      organisationId,
      entityType: "organisation",
      entityId: organisationId,
      action: "update",
      changes: diffRecords(organisationRecord(before), organisationRecord(after)),
    });
    return toOrganisationView(after);
  });
}

/** The viewer's own organisation chooses whether other organisations may see its responses. */
export async function setOrganisationSharing(
  db: Db,
  viewer: Viewer,
  input: OrganisationSharingInput,
  now: Date,
): Promise<OrganisationView> {
  const { viewer: member, organisationId } = requireOrganisationMember(viewer);
  const data = parseInput(organisationSharingInputSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId } });
    if (!before) throw new AppError("NOT_FOUND", "ORGANISATION_GONE");
    if (before.isResponsesPublic === data.isResponsesPublic) return toOrganisationView(before);
    const after = await tx.organisation.update({
      where: { id: organisationId },
      data: { isResponsesPublic: data.isResponsesPublic },
    });
    await recordAuditEventIfChanged(tx, {
      at: now,
      actorUserId: member.userId,
      organisationId,
      entityType: "organisation",
      entityId: organisationId,
      action: "update",
      changes: diffRecords(organisationRecord(before), organisationRecord(after)),
    });
    return toOrganisationView(after);
  });
}
