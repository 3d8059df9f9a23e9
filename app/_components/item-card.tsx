import type { ReactNode } from "react";
import { getItemStatus, isShortHearing } from "@/lib/deadlines";
import { formatItemCountdown, formatItemWhen } from "@/lib/i18n/item-text";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { TimeContext } from "@/lib/items/queries";
import type { ItemView } from "@/lib/model/item";
import type { ResponseStatus } from "@/lib/responses/types";
import { ItemCardMarkup, type CardView } from "./item-card-markup";

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

/** One item in a list: kind, title, issuer, date, countdown and marks (markup in item-card-markup.tsx). */
export function ItemCard({ item, time, locale, headingLevel = "h3", response, statusBadge, hasCountdown = true, children }: ItemCardProps) {
  return (
    <ItemCardMarkup view={cardView({ item, time, locale, headingLevel, response, statusBadge, hasCountdown })}>{children}</ItemCardMarkup>
  );
}

/** The words and marks of an item's card, worked out on the server by the item rules. */
function cardView({ item, time, locale, headingLevel = "h3", response, statusBadge, hasCountdown = true }: ItemCardProps): CardView {
  const m = getMessages(locale);
  const isCancelled = item.cancelledAt !== null;
  const status = getItemStatus(item, time.now, time.closingSoonDays);
  return {
    id: item.id,
    kind: item.kind.toLowerCase(),
    kindLabel: m.kind[item.kind],
    isCancelled,
    status:
      statusBadge ??
      (isCancelled ? { tone: "cancelled", label: m.status.CANCELLED } : { tone: status.toLowerCase(), label: m.status[status] }),
    shortLabel: isShortHearing(item) ? m.item.shortDeadline : null,
    response: response ? { tone: response.toLowerCase(), label: m.account.responseStatus[response] } : null,
    title: item.title,
    issuer: { name: item.actor.name, shortName: item.actor.shortName },
    reference: item.reference,
    whenLabel: item.kind === "SEMINAR" ? "" : `${m.item.deadline}: `,
    dateTime: item.deadline ?? item.startOn ?? undefined,
    when: formatItemWhen(item, locale),
    countdown: !isCancelled && hasCountdown ? formatItemCountdown(item, time.now, locale) : null,
    headingLevel,
  };
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
