import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { diffRecords, hasChanges, type AuditRecord } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { osloToday } from "../deadlines";
import { AppError, fieldError, notFound, parseInput, withDatabaseErrors } from "../errors";
import { fromCalendarDateOrNull, toCalendarDate } from "../model/calendar-date";
import { RESPONSE_INCLUDE, responseRecord, toResponseView } from "./records";
import { responseInputSchema, responseRemovalInputSchema, type ResponseInput, type ResponseRemovalInput } from "./schemas";
import type { ResponseView } from "./types";

const stale = () => new AppError("CONFLICT", "STALE_VERSION");
const invalid = (field: string, reason: string) => fieldError(field, reason);

/** The official date the internal deadline must come before: the deadline, or a seminar's first day. */
async function findOfficialDate(tx: Prisma.TransactionClient, itemId: string): Promise<string> {
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { deadline: true, dueOn: true } });
  if (!item) throw notFound();
  return toCalendarDate(item.deadline ?? item.dueOn);
}

/** The responsible person must be an active member of the same organisation; anyone else reads as unknown. */
async function assertColleague(tx: Prisma.TransactionClient, organisationId: string, userId: string): Promise<void> {
  const colleague = await tx.user.findFirst({ where: { id: userId, organisationId, disabledAt: null }, select: { id: true } });
  if (!colleague) throw invalid("responsibleUserId", "unknownColleague");
}

/**
 * Sets the viewer's organisation's response to an item: one row per organisation and item,
 * created or updated. `version` is the one the form was based on (null when there was no
 * response): a different stored version means someone else saved in between, and the save
 * is refused with CONFLICT instead of overwriting theirs. Saving what is already stored
 * changes nothing and succeeds, so a double-click is harmless. One audit row per change.
 */
export async function markResponse(db: Db, viewer: Viewer, input: ResponseInput, now: Date): Promise<ResponseView> {
  const { viewer: member, organisationId } = requireOrganisationMember(viewer);
  const data = parseInput(responseInputSchema, input);
  if (data.answeredOn && data.answeredOn > osloToday(now)) throw invalid("answeredOn", "answeredInFuture");
  // A date answered beside "in progress" would tell colleagues, the export and the calendar two stories.
  if (data.answeredOn && data.status !== "ANSWERED" && data.status !== "DECLINED") throw invalid("answeredOn", "answeredOnWithoutAnswer");
  const wanted: AuditRecord = {
    itemId: data.itemId,
    status: data.status,
    answeredOn: data.answeredOn,
    answerUrl: data.answerUrl,
    note: data.note,
    internalDeadline: data.internalDeadline,
    responsibleUserId: data.responsibleUserId ?? null,
  };
  const fields = {
    status: data.status,
    answeredOn: fromCalendarDateOrNull(data.answeredOn),
    answerUrl: data.answerUrl,
    note: data.note,
    internalDeadline: fromCalendarDateOrNull(data.internalDeadline),
    responsibleUserId: data.responsibleUserId ?? null,
    updatedById: member.userId,
    updatedAt: now,
  };
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const officialDate = await findOfficialDate(tx, data.itemId);
      if (data.internalDeadline && data.internalDeadline >= officialDate) {
        throw invalid("internalDeadline", "internalDeadlineAfterDeadline");
      }
      if (data.responsibleUserId) await assertColleague(tx, organisationId, data.responsibleUserId);
      const where = { organisationId_itemId: { organisationId, itemId: data.itemId } };
      const before = await tx.response.findUnique({ where, include: RESPONSE_INCLUDE });
      if (before && !hasChanges(diffRecords(responseRecord(before), wanted))) return toResponseView(before);
      if ((before?.version ?? null) !== data.version) throw stale();

      let after;
      if (before) {
        // Compared again in the write itself: a save committed since our read matches no row.
        const { count } = await tx.response.updateMany({
          where: { id: before.id, version: before.version },
          data: { ...fields, version: { increment: 1 } },
        });
        if (count !== 1) throw stale();
        after = await tx.response.findUniqueOrThrow({ where: { id: before.id }, include: RESPONSE_INCLUDE });
      } else {
        // Two first saves at once: the unique (organisation, item) index refuses the second (CONFLICT).
        after = await tx.response.create({
          data: { ...fields, organisationId, itemId: data.itemId, createdAt: now },
          include: RESPONSE_INCLUDE,
        });
      }
      await recordAuditEvent(tx, {
        at: now,
        actorUserId: member.userId,
        organisationId,
        entityType: "response",
        entityId: after.id,
        action: before ? "update" : "create",
        changes: diffRecords(before && responseRecord(before), responseRecord(after)),
      });
      return toResponseView(after);
    }),
  );
}

/** Removes the viewer's organisation's response to an item, if it is still the version the form showed. */
export async function removeResponse(db: Db, viewer: Viewer, input: ResponseRemovalInput, now: Date): Promise<void> {
  const { viewer: member, organisationId } = requireOrganisationMember(viewer);
  const { itemId, version } = parseInput(responseRemovalInputSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.response.findUnique({ where: { organisationId_itemId: { organisationId, itemId } } });
    if (!before) throw notFound();
    if (before.version !== version) throw stale();
    const { count } = await tx.response.deleteMany({ where: { id: before.id, version } });
    if (count !== 1) throw stale();
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: member.userId,
      organisationId,
      entityType: "response",
      entityId: before.id,
      action: "delete",
      changes: diffRecords(responseRecord(before), null),
    });
  });
}
