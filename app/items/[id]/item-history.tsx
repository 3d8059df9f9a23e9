import "server-only";
import { canViewItemHistory } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getItemHistory } from "@/lib/audit/history";
import { describeItemChange } from "@/lib/audit/history-text";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { I18n } from "@/lib/auth/viewer-i18n";

/** Who changed what and when, in sentences; only editors and admins see it. */
export async function ItemHistory({ itemId, viewer, i18n }: { itemId: string; viewer: Viewer; i18n: I18n }) {
  if (!canViewItemHistory(viewer)) return null;
  const { m, locale } = i18n;
  const h = m.account.history;
  const entries = await getItemHistory(getDb(), viewer, itemId);
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{h.title}</h2>
      {entries.length === 0 ? (
        <p className="empty">{h.empty}</p>
      ) : (
        <ol className="plain-list history">
          {entries.map((entry) => {
            const text = describeItemChange(entry.action, entry.changes, locale);
            return (
              <li key={entry.id}>
                <strong>{text.headline}</strong>{" "}
                <span className="muted">
                  {formatDateTime(entry.at, locale)} · {entry.actorName ?? h.unknown}
                </span>
                {text.lines.length > 0 && (
                  <ul>
                    {text.lines.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
