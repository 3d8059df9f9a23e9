// An item as the JSON API answers it: stable field names that do not follow the database's,
// dates as YYYY-MM-DD, instants in ISO 8601 UTC, and only what is public. Pure.
import { getItemStatus, type ItemStatus } from "../deadlines";
import { itemCalendarPath, itemPageUrl } from "../feeds/feed-urls";
import type { CalendarDate, ItemKind, ItemView } from "../model/item";

export const ITEM_STATUSES = ["OPEN", "CLOSING_SOON", "CLOSED", "UPCOMING", "ONGOING", "PAST"] as const satisfies readonly ItemStatus[];
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 100;

export interface ApiItem {
  id: string;
  kind: ItemKind;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  issuer: { slug: string; shortName: string; name: string };
  topics: { slug: string; name: string }[];
  sentDate: CalendarDate | null;
  deadline: CalendarDate | null;
  start: CalendarDate | null;
  end: CalendarDate | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  online: boolean;
  status: ItemStatus;
  cancelled: boolean;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
  links: { self: string; html: string; calendar: string };
}

export function apiItemUrl(baseUrl: string, id: string): string {
  return `${baseUrl}/api/items/${id}`;
}

/**
 * The one place the item's own names (lib/items/fields.ts) become the API's public ones:
 * `sentOn` → `sentDate`, `startOn`/`endOn` → `start`/`end`, `isOnline` → `online`, the actor
 * → `issuer`. `now` and the closing-soon window decide `status`, as on the pages.
 */
export function toApiItem(item: ItemView, baseUrl: string, now: Date, closingSoonDays: number): ApiItem {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    reference: item.reference,
    summary: item.summary,
    url: item.url,
    issuer: { slug: item.actor.slug, shortName: item.actor.shortName, name: item.actor.name },
    topics: item.topics.map((topic) => ({ slug: topic.slug, name: topic.name })),
    sentDate: item.sentOn,
    deadline: item.deadline,
    start: item.startOn,
    end: item.endOn,
    startTime: item.startAt?.toISOString() ?? null,
    endTime: item.endAt?.toISOString() ?? null,
    location: item.location,
    online: item.isOnline,
    status: getItemStatus(item, now, closingSoonDays),
    cancelled: item.cancelledAt !== null,
    cancelReason: item.cancelReason,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    links: {
      self: apiItemUrl(baseUrl, item.id),
      html: itemPageUrl(baseUrl, item.id),
      calendar: `${baseUrl}${itemCalendarPath(item.id)}`,
    },
  };
}
