// Response rows → views and → the fields an audit row records.
import type { Response } from "../db/generated/client";
import { auditDate, type AuditRecord } from "../audit/changes";
import { toCalendarDateOrNull } from "../model/calendar-date";
import type { ResponseView } from "./types";

export const RESPONSE_INCLUDE = { updatedBy: { select: { name: true } }, responsibleUser: { select: { name: true } } } as const;

type ResponseRow = Response & { updatedBy: { name: string } | null; responsibleUser: { name: string } | null };

export function toResponseView(row: ResponseRow): ResponseView {
  return {
    id: row.id,
    itemId: row.itemId,
    status: row.status,
    answeredOn: toCalendarDateOrNull(row.answeredOn),
    answerUrl: row.answerUrl,
    note: row.note,
    internalDeadline: toCalendarDateOrNull(row.internalDeadline),
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.name ?? null,
    responsibleUserId: row.responsibleUserId,
    responsibleName: row.responsibleUser?.name ?? null,
  };
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
