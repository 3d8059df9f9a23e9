// Items with their actor, topics and source by id, in one SQL statement. Prisma loads each
// relation of `ITEM_INCLUDE` with a query of its own and joins them in JavaScript, which costs
// about 70 µs an item: several milliseconds for a page of cards, seconds for a feed of tens of
// thousands of items. Here PostgreSQL joins them and the rows come back in the shape Prisma
// gives, so toItemView reads both alike. Lists find their ids with Prisma (filters and order
// stay written once) and load the items here.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { toItemView, type ItemRow } from "./item-view";
import type { ItemView } from "../model/item";

const ITEM_ROWS_SQL = Prisma.sql`
  SELECT i.id, i.kind::text AS kind, i.title, i.reference, i.summary, i.url, i.actor_id AS "actorId",
    i.sent_on AS "sentOn", i.deadline, i.start_on AS "startOn", i.end_on AS "endOn",
    i.start_at AS "startAt", i.end_at AS "endAt", i.location, i.is_online AS "isOnline",
    i.due_on AS "dueOn", i.last_on AS "lastOn", i.cancelled_at AS "cancelledAt",
    i.cancel_reason AS "cancelReason", i.source_id AS "sourceId", i.source_key AS "sourceKey",
    i.source_excerpt AS "sourceExcerpt", i.attribution, i.version, i.created_at AS "createdAt", i.updated_at AS "updatedAt",
    json_build_object('slug', a.slug, 'shortName', a.short_name, 'name', a.name) AS actor,
    CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('slug', s.slug, 'title', s.title) END AS source,
    COALESCE((
      SELECT json_agg(json_build_object('topic', json_build_object('slug', t.slug, 'name', t.name, 'nameEn', t.name_en)))
      FROM item_topic it JOIN topic t ON t.id = it.topic_id
      WHERE it.item_id = i.id
    ), '[]'::json) AS topics
  FROM item i
  JOIN actor a ON a.id = i.actor_id
  LEFT JOIN source s ON s.id = i.source_id`;

/** The items with these ids, in the order of `ids`; ids of items that no longer exist are left out. */
export async function loadItemViews(db: Db, ids: string[]): Promise<ItemView[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<ItemRow[]>`${ITEM_ROWS_SQL} WHERE i.id = ANY(${ids}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toItemView(row)] : [];
  });
}
