// The shape of an audit row's `changes`: { field: [before, after] } with JSON-safe values.
// Pure, so item and response code build it the same way and pages can read it back.
import { toCalendarDate } from "../model/calendar-date";

export type AuditValue = string | number | boolean | null;
export type AuditChanges = Record<string, [AuditValue, AuditValue]>;

export const AUDIT_ENTITY_TYPES = [
  "item",
  "actor",
  "topic",
  "response",
  "user",
  "organisation",
  "feed_token",
  "polled_source",
  "relevance_term",
  "source_proposal",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Field values as stored in the audit row: calendar dates stay "YYYY-MM-DD". */
export type AuditRecord = Record<string, AuditValue>;

/** A `date` column's value as it belongs in an audit row: the day, never an instant. */
export function auditDate(value: Date | null | undefined): string | null {
  return value ? toCalendarDate(value) : null;
}

/** An instant for an audit row, as ISO 8601 in UTC. */
export function auditInstant(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/**
 * The fields whose values differ between `before` and `after` (null for "did not exist"):
 * a creation lists every field with a value, a deletion every field that had one.
 */
export function diffRecords(before: AuditRecord | null, after: AuditRecord | null): AuditChanges {
  const changes: AuditChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (from !== to) changes[field] = [from, to];
  }
  return changes;
}

export function hasChanges(changes: AuditChanges): boolean {
  return Object.keys(changes).length > 0;
}

export interface DeadlineChange {
  from: string;
  to: string;
  /** "extended" reads "Fristen ble forlenget", "brought_forward" reads "fremskyndet". */
  direction: "extended" | "brought_forward";
}

/** The deadline move an item edit recorded, for "Fristen ble forlenget fra … til …". */
export function getDeadlineChange(changes: AuditChanges): DeadlineChange | null {
  const pair = changes.deadline;
  if (!pair) return null;
  const [from, to] = pair;
  if (typeof from !== "string" || typeof to !== "string" || from === to) return null;
  return { from, to, direction: to > from ? "extended" : "brought_forward" };
}
