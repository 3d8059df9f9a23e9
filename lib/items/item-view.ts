import type { Prisma } from "../db/generated/client";
import { toCalendarDateOrNull } from "../model/calendar-date";
import type { ItemView } from "../model/item";

export const ITEM_INCLUDE = {
  actor: { select: { slug: true, shortName: true, name: true } },
  topics: { select: { topic: { select: { slug: true, name: true, nameEn: true } } } },
  source: { select: { slug: true, title: true } },
} satisfies Prisma.ItemInclude;

export type ItemRow = Prisma.ItemGetPayload<{ include: typeof ITEM_INCLUDE }>;

/** A database row as the rest of the app sees it: calendar dates as "YYYY-MM-DD". */
export function toItemView(row: ItemRow): ItemView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    reference: row.reference,
    summary: row.summary,
    url: row.url,
    location: row.location,
    isOnline: row.isOnline,
    sentOn: toCalendarDateOrNull(row.sentOn),
    deadline: toCalendarDateOrNull(row.deadline),
    startOn: toCalendarDateOrNull(row.startOn),
    endOn: toCalendarDateOrNull(row.endOn),
    startAt: row.startAt,
    endAt: row.endAt,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    actor: row.actor,
    topics: row.topics.map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name, "nb")),
    source: row.source,
    sourceExcerpt: row.sourceExcerpt,
    attribution: row.attribution,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
