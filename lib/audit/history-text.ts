// An item's change log as sentences in the reader's language: what happened, then one line per
// changed field with readable values and full dates. A deadline move says whether it was
// extended or brought forward, comparing whole dates (so January 2026 → December 2025 is
// "brought forward"). Pure.
import { formatDate, formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locale";
import { getMessages, interpolate } from "../i18n/messages";
import { isCalendarDate } from "../model/calendar-date";
import { isIsoInstant } from "../model/instant";
import { ITEM_KINDS, type ItemKind } from "../model/item";
import { getDeadlineChange, type AuditChanges, type AuditValue } from "./changes";

export interface HistoryText {
  headline: string;
  lines: string[];
}

// Fields recorded for the record's sake that say nothing to a reader on their own.
const UNSHOWN_FIELDS = new Set(["cancelledAt"]);

function showValue(field: string, value: AuditValue, locale: Locale): string {
  const m = getMessages(locale);
  if (value === null) return "–";
  if (typeof value === "boolean") return value ? m.work.history.yes : m.work.history.no;
  if (field === "kind" && ITEM_KINDS.includes(value as ItemKind)) return m.kind[value as ItemKind];
  if (typeof value === "string" && isCalendarDate(value)) return formatDate(value, locale);
  if (typeof value === "string" && isIsoInstant(value)) return formatDateTime(new Date(value), locale);
  if (typeof value === "string") return locale === "nb" ? `«${value}»` : `“${value}”`;
  return String(value);
}

function fieldName(field: string, locale: Locale): string {
  const names = getMessages(locale).work.history.fields as Record<string, string>;
  return names[field] ?? field;
}

/** One audit entry of an item as a headline and lines, in `locale`. */
export function describeItemChange(action: string, changes: AuditChanges, locale: Locale): HistoryText {
  const m = getMessages(locale);
  const h = m.work.history;
  const headline =
    action === "create"
      ? h.created
      : action === "update"
        ? h.updated
        : action === "cancel"
          ? h.cancelled
          : action === "restore"
            ? h.restored
            : h.other;
  const lines: string[] = [];
  const move = action === "create" ? null : getDeadlineChange(changes);
  if (move) {
    const template = move.direction === "extended" ? m.account.history.extended : m.account.history.broughtForward;
    lines.push(interpolate(template, { from: formatDate(move.from, locale), to: formatDate(move.to, locale) }));
  }
  for (const [field, [from, to]] of Object.entries(changes)) {
    if (UNSHOWN_FIELDS.has(field) || (move && field === "deadline")) continue;
    const values = { field: fieldName(field, locale), from: showValue(field, from, locale), to: showValue(field, to, locale) };
    if (from === null) lines.push(interpolate(h.set, values));
    else if (to === null) lines.push(interpolate(h.removed, values));
    else lines.push(interpolate(h.changed, values));
  }
  return { headline, lines };
}
