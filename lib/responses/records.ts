// Response rows → views and → the fields an audit row records.
import type { Response } from "../db/generated/client";
import { auditDate, type AuditRecord } from "../audit/changes";
import { toCalendarDateOrNull } from "../items/calendar-date";
import type { ResponseView } from "./types";

export const RESPONSE_INCLUDE = { updatedBy: { select: { name: true } } } as const;

export function toResponseView(row: Response & { updatedBy: { name: string } | null }): ResponseView {
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
  };
}
