import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages, interpolate } from "@/lib/i18n/messages";
import type { TimeContext } from "@/lib/items/queries";
import { osloToday } from "@/lib/deadlines";
import type { ItemWithResponse, MySectionKey } from "@/lib/responses/types";
import { ItemCard } from "../../_components/item-card";

interface MyEntriesProps {
  section: MySectionKey;
  entries: ItemWithResponse[];
  time: TimeContext;
  locale: Locale;
  empty: string;
}

/**
 * One section's items: overdue ones carry an "overdue" badge of their own, settled ones read
 * as done without a countdown, and each shows the internal deadline (flagged once passed) and
 * the responsible colleague.
 */
export function MyEntries({ section, entries, time, locale, empty }: MyEntriesProps) {
  if (entries.length === 0) return <p className="empty">{empty}</p>;
  const m = getMessages(locale);
  const w = m.work.my;
  const today = osloToday(time.now);
  return (
    <ul className="item-list">
      {entries.map(({ item, response }) => {
        const isDone = section === "answered" && response !== null;
        const statusBadge =
          section === "overdue"
            ? { label: w.overdueBadge, tone: "overdue" }
            : isDone
              ? { label: m.account.responseStatus[response.status], tone: "done" }
              : undefined;
        const internal = response?.internalDeadline ?? null;
        const isInternalPassed = internal !== null && internal < today && !isDone;
        return (
          <li key={item.id}>
            <ItemCard
              item={item}
              time={time}
              locale={locale}
              response={isDone ? null : response?.status}
              statusBadge={statusBadge}
              hasCountdown={!isDone}
            >
              {(internal || response?.responsibleName) && (
                <p className="item-work">
                  {internal && (
                    <span className={`internal-deadline${isInternalPassed ? " is-passed" : ""}`}>
                      {interpolate(w.internalDeadline, { date: formatDate(internal, locale) })}
                      {isInternalPassed && <strong> – {w.internalPassed}</strong>}
                    </span>
                  )}
                  {response?.responsibleName && (
                    <span className="responsible">{interpolate(w.responsible, { name: response.responsibleName })}</span>
                  )}
                </p>
              )}
            </ItemCard>
          </li>
        );
      })}
    </ul>
  );
}
