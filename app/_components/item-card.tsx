import type { ReactNode } from "react";
import { getItemStatus, isShortHearing } from "@/lib/deadlines";
import { formatItemCountdown, formatItemWhen } from "@/lib/i18n/item-text";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { TimeContext } from "@/lib/items/queries";
import type { ItemView } from "@/lib/model/item";
import type { ResponseStatus } from "@/lib/responses/types";

interface ItemCardProps {
  item: ItemView;
  time: TimeContext;
  locale: Locale;
  headingLevel?: "h3" | "h2";
  /** The viewer's organisation's response, shown as a badge; absent for visitors. */
  response?: ResponseStatus | null;
  /** A badge that says more than the item's own status in context ("Forfalt", "Besvart"). */
  statusBadge?: { label: string; tone: string };
  /** False where the matter is settled and a countdown would only distract. */
  hasCountdown?: boolean;
  /** Lines under the facts: the organisation's internal deadline, who is responsible. */
  children?: ReactNode;
}

/** One item in a list: kind, title, issuer, date, countdown and marks. */
export function ItemCard({ item, time, locale, headingLevel = "h3", response, statusBadge, hasCountdown = true, children }: ItemCardProps) {
  const m = getMessages(locale);
  const status = getItemStatus(item, time.now, time.closingSoonDays);
  const isCancelled = item.cancelledAt !== null;
  const Heading = headingLevel;
  return (
    <article className={`item-card kind-${item.kind.toLowerCase()}${isCancelled ? " is-cancelled" : ""}`} data-item-id={item.id}>
      <p className="item-meta">
        <span className="kind-badge">{m.kind[item.kind]}</span>
        {statusBadge ? (
          <span className={`status-badge status-${statusBadge.tone}`}>{statusBadge.label}</span>
        ) : (
          <span className={`status-badge status-${isCancelled ? "cancelled" : status.toLowerCase()}`}>
            {isCancelled ? m.status.CANCELLED : m.status[status]}
          </span>
        )}
        {isShortHearing(item) && <span className="short-badge">{m.item.shortDeadline}</span>}
        {response && <span className={`response-badge response-${response.toLowerCase()}`}>{m.account.responseStatus[response]}</span>}
      </p>
      <Heading className="item-title">
        <a href={`/items/${item.id}`}>{item.title}</a>
      </Heading>
      <p className="item-facts">
        <abbr title={item.actor.name} className="issuer">
          {item.actor.shortName}
        </abbr>
        {item.reference && <span className="reference">{item.reference}</span>}
        <span className="when">
          {item.kind === "SEMINAR" ? "" : `${m.item.deadline}: `}
          <time dateTime={item.deadline ?? item.startOn ?? undefined}>{formatItemWhen(item, locale)}</time>
        </span>
        {!isCancelled && hasCountdown && <span className="countdown">{formatItemCountdown(item, time.now, locale)}</span>}
      </p>
      {children}
    </article>
  );
}

type ItemListProps = Omit<ItemCardProps, "item" | "response"> & {
  items: ItemView[];
  empty: string;
  /** Item id → the viewer's organisation's response status. */
  responses?: Record<string, ResponseStatus>;
};

export function ItemList({ items, time, locale, empty, responses = {} }: ItemListProps) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <ItemCard item={item} time={time} locale={locale} response={responses[item.id]} />
        </li>
      ))}
    </ul>
  );
}
