// Item, actor and topic rows → the fields an audit row records. Calendar dates stay
// "YYYY-MM-DD", so a `deadline: [from, to]` pair reads as "Fristen ble forlenget fra … til …".
import type { Actor, Prisma, Topic } from "../db/generated/client";
import { auditDate, auditInstant, type AuditRecord } from "../audit/changes";

export const ITEM_EDIT_INCLUDE = {
  actor: { select: { slug: true } },
  topics: { select: { topic: { select: { slug: true } } } },
} satisfies Prisma.ItemInclude;

export type EditedItemRow = Prisma.ItemGetPayload<{ include: typeof ITEM_EDIT_INCLUDE }>;

export function itemRecord(row: EditedItemRow): AuditRecord {
  return {
    kind: row.kind,
    title: row.title,
    reference: row.reference,
    summary: row.summary,
    url: row.url,
    actor: row.actor.slug,
    topics:
      row.topics
        .map((t) => t.topic.slug)
        .sort()
        .join(", ") || null,
    sentOn: auditDate(row.sentOn),
    deadline: auditDate(row.deadline),
    startOn: auditDate(row.startOn),
    endOn: auditDate(row.endOn),
    startAt: auditInstant(row.startAt),
    endAt: auditInstant(row.endAt),
    location: row.location,
    isOnline: row.isOnline,
    cancelledAt: auditInstant(row.cancelledAt),
    cancelReason: row.cancelReason,
  };
}

export function actorRecord(row: Actor): AuditRecord {
  return { slug: row.slug, shortName: row.shortName, name: row.name, nameEn: row.nameEn, type: row.type, url: row.url };
}

export function topicRecord(row: Topic): AuditRecord {
  return { slug: row.slug, name: row.name, nameEn: row.nameEn };
}
