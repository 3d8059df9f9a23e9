// Response rows → views and → the fields an audit row records.
import type { Response } from "../db/generated/client";
import { auditDate, type AuditRecord } from "../audit/changes";
import { toCalendarDateOrNull } from "../model/calendar-date";
import type { ResponseView } from "./types";

export const RESPONSE_INCLUDE = { updatedBy: { select: { name: true } }, responsibleUser: { select: { name: true } } } as const;

type ResponseRow = Response & { updatedBy: { name: string } | null; responsibleUser: { name: string } | null };

/** A response's columns with the names of who last changed it and who is responsible for it. */
export type ResponseColumns = Pick<
  Response,
  "id" | "itemId" | "status" | "answeredOn" | "answerUrl" | "note" | "internalDeadline" | "version" | "updatedAt" | "responsibleUserId"
> & { updatedByName: string | null; responsibleName: string | null };

/** The view of a response, from its columns (Prisma's rows, or "Mine frister"'s own SQL). */
export function responseViewOf(columns: ResponseColumns): ResponseView {
  return {
    id: columns.id,
    itemId: columns.itemId,
    status: columns.status,
    answeredOn: toCalendarDateOrNull(columns.answeredOn),
    answerUrl: columns.answerUrl,
    note: columns.note,
    internalDeadline: toCalendarDateOrNull(columns.internalDeadline),
    version: columns.version,
    updatedAt: columns.updatedAt,
    updatedByName: columns.updatedByName,
    responsibleUserId: columns.responsibleUserId,
    responsibleName: columns.responsibleName,
  };
}

export function toResponseView(row: ResponseRow): ResponseView {
  return responseViewOf({ ...row, updatedByName: row.updatedBy?.name ?? null, responsibleName: row.responsibleUser?.name ?? null });
}

export function responseRecord(row: Response): AuditRecord {
  return {
    itemId: row.itemId,
    status: row.status,
    answeredOn: auditDate(row.answeredOn),
    answerUrl: row.answerUrl,
    note: row.note,
    internalDeadline: auditDate(row.internalDeadline),
    responsibleUserId: row.responsibleUserId,
  };
}
