import "server-only";
import { getLatestDeadlineChange } from "@/lib/audit/deadline-change";
import { getDb } from "@/lib/db/client";
import { getItemWarnings } from "@/lib/deadlines/warnings";
import { formatItemWarning } from "@/lib/i18n/editor-text";
import { formatDate, formatDateShort } from "@/lib/i18n/format";
import type { I18n } from "@/lib/auth/viewer-i18n";
import type { ItemView } from "@/lib/model/item";

/** "Fristen ble forlenget fra 17. januar til 31. januar 2025": the latest move, for everyone. */
export async function DeadlineChangeNote({ itemId, i18n }: { itemId: string; i18n: I18n }) {
  const change = await getLatestDeadlineChange(getDb(), itemId);
  if (!change) return null;
  const { m, t, locale } = i18n;
  const template = change.direction === "extended" ? m.editor.item.extended : m.editor.item.broughtForward;
  // The year is said once when both dates share it, and on both when they do not: a move from
  // January 2026 to December 2025 must not read as a later date.
  const from = change.from.slice(0, 4) === change.to.slice(0, 4) ? formatDateShort(change.from, locale) : formatDate(change.from, locale);
  return <span className="deadline-change">{t(template, { from, to: formatDate(change.to, locale) })}</span>;
}

/** Holidays in the answer period (the short-deadline warning has its own line above). */
export function HolidayWarnings({ item, i18n }: { item: ItemView; i18n: I18n }) {
  if (item.cancelledAt) return null;
  const warnings = getItemWarnings(item).filter((warning) => warning.kind === "holiday");
  if (warnings.length === 0) return null;
  return (
    <ul className="notice warnings" aria-label={i18n.m.editor.form.warningsTitle}>
      {warnings.map((warning) => (
        <li key={warning.kind === "holiday" ? warning.holiday : warning.kind}>{formatItemWarning(warning, i18n.m, i18n.locale)}</li>
      ))}
    </ul>
  );
}
