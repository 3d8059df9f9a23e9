import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { fromCalendarDate, toCalendarDate } from "../model/calendar-date";
import { ITEM_INCLUDE, toItemView } from "../items/item-view";
import { itemWhere, type TimeContext } from "../items/queries";
import type { ItemView } from "../model/item";
import { encodeCursor, type Cursor } from "./cursor";
import type { ApiItemsQuery } from "./params";

export interface ApiItemPage {
  items: ItemView[];
  nextCursor: string | null;
}

/** Rows after the cursor in (due date, id) or (updatedAt, id) order. */
function afterCursor(cursor: Cursor): Prisma.ItemWhereInput {
  if (cursor.order === "due") {
    const dueOn = fromCalendarDate(cursor.value);
    return { OR: [{ dueOn: { gt: dueOn } }, { dueOn, id: { gt: cursor.id } }] };
  }
  const updatedAt = new Date(cursor.value);
  return { OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: cursor.id } }] };
}

/**
 * A page of items for the JSON API. Every item is public; responses and organisations are
 * never part of it. The order is total (the id breaks ties), so no item is skipped or
 * repeated between pages.
 */
export async function listApiItems(db: Db, query: ApiItemsQuery, time: TimeContext): Promise<ApiItemPage> {
  const order = query.updatedSince ? "updated" : "due";
  const where: Prisma.ItemWhereInput = {
    AND: [
      itemWhere(query.filter, time),
      query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {},
      query.cursor ? afterCursor(query.cursor) : {},
    ],
  };
  const orderBy: Prisma.ItemOrderByWithRelationInput[] =
    order === "due" ? [{ dueOn: "asc" }, { id: "asc" }] : [{ updatedAt: "asc" }, { id: "asc" }];
  const rows = await db.item.findMany({ where, include: ITEM_INCLUDE, orderBy, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ order, value: order === "due" ? toCalendarDate(last.dueOn) : last.updatedAt.toISOString(), id: last.id })
      : null;
  return { items: page.map(toItemView), nextCursor };
}

/** The first of `slugs` that names no actor (or topic), for a 400 that says which. */
export async function findUnknownSlug(db: Db, field: "actor" | "topic", slugs: string[]): Promise<string | null> {
  if (slugs.length === 0) return null;
  const rows =
    field === "actor"
      ? await db.actor.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })
      : await db.topic.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  const known = new Set(rows.map((row) => row.slug));
  return slugs.find((slug) => !known.has(slug)) ?? null;
}
