import { canViewItemHistory } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getItemHistory } from "@/lib/audit/history";
import { getDeadlineChange } from "@/lib/audit/changes";
import { getDb } from "@/lib/db/client";
import { formatDateShort, formatDateTime } from "@/lib/i18n/format";
import type { I18n } from "@/lib/i18n/server";
import { isCalendarDate } from "@/lib/items/calendar-date";

/** Who changed what and when; only editors and admins see it. */
export async function ItemHistory({ itemId, viewer, i18n }: { itemId: string; viewer: Viewer; i18n: I18n }) {
  if (!canViewItemHistory(viewer)) return null;
  const { m, t, locale } = i18n;
  const h = m.account.history;
  const entries = await getItemHistory(getDb(), viewer, itemId);
  const show = (value: unknown) =>
    value === null || value === undefined ? "–" : typeof value === "string" && isCalendarDate(value) ? formatDateShort(value, locale) : String(value);
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{h.title}</h2>
      {entries.length === 0 ? (
        <p className="empty">{h.empty}</p>
      ) : (
        <ol className="plain-list history">
          {entries.map((entry) => {
            const move = getDeadlineChange(entry.changes);
            const lines = Object.entries(entry.changes)
              .filter(([field]) => !(move && field === "deadline"))
              .map(([field, [from, to]]) => t(h.changed, { field, from: show(from), to: show(to) }));
            if (move) lines.unshift(t(move.direction === "extended" ? h.extended : h.broughtForward, { from: show(move.from), to: show(move.to) }));
            return (
              <li key={entry.id}>
                <span className="muted">
                  {formatDateTime(entry.at, locale)} · {entry.actorName ?? h.unknown} · {entry.action}
                </span>
                <ul>
                  {lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
