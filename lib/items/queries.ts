import "server-only";
import type { Db } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import { addDays, osloToday } from "../deadlines";
import { fromCalendarDate } from "./calendar-date";
import type { ItemFilter } from "./filters";
import { ITEM_INCLUDE, toItemView } from "./item-view";
import { loadItemViews } from "./item-rows";
import type { ItemView } from "./types";

const DEADLINE_KIND_VALUES = ["HEARING", "STRATEGY_INPUT", "DEADLINE"] as const;

export interface TimeContext {
  now: Date;
  /** Days ahead (today included) in which a deadline counts as closing soon. */
  closingSoonDays: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Date conditions on deadline kinds use `dueOn`, which equals the deadline for them and is
// indexed with the kind: filtering on `deadline` itself made PostgreSQL walk the whole dueOn
// index (50,000 items: 25,000 rows read to find 20).

/**
 * The `where` for a status filter, evaluated at `now` in Oslo with the same boundaries as
 * getItemStatus: a deadline is open through the end of its day; cancelled items leave the
 * open, closing-soon and upcoming views and have a view of their own.
 */
function statusWhere(filter: ItemFilter, time: TimeContext): Prisma.ItemWhereInput {
  const today = fromCalendarDate(osloToday(time.now));
  const soonEnd = fromCalendarDate(addDays(osloToday(time.now), time.closingSoonDays));
  const deadlineKinds = { kind: { in: [...DEADLINE_KIND_VALUES] } };
  switch (filter.status) {
    case null:
      return {};
    case "open":
      return { ...deadlineKinds, cancelledAt: null, dueOn: { gte: today } };
    case "closing_soon":
      return { ...deadlineKinds, cancelledAt: null, dueOn: { gte: today, lte: soonEnd } };
    case "closed":
      return { ...deadlineKinds, dueOn: { lt: today } };
    case "upcoming":
      return {
        kind: "SEMINAR",
        cancelledAt: null,
        OR: [{ endAt: { gt: time.now } }, { endAt: null, lastOn: { gte: today } }],
      };
    case "past":
      return { kind: "SEMINAR", OR: [{ endAt: { lte: time.now } }, { endAt: null, lastOn: { lt: today } }] };
    case "cancelled":
      return { cancelledAt: { not: null } };
  }
}

export function itemWhere(filter: ItemFilter, time: TimeContext): Prisma.ItemWhereInput {
  const and: Prisma.ItemWhereInput[] = [statusWhere(filter, time)];
  if (filter.actors.length) and.push({ actor: { slug: { in: filter.actors } } });
  if (filter.topics.length) and.push({ topics: { some: { topic: { slug: { in: filter.topics } } } } });
  if (filter.kinds.length) and.push({ kind: { in: filter.kinds } });
  if (filter.q) {
    const contains = escapeLike(filter.q);
    and.push({
      OR: [
        { title: { contains, mode: "insensitive" } },
        { reference: { contains, mode: "insensitive" } },
        { summary: { contains, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}

/** Closed deadlines and past seminars read newest first; everything else soonest first. */
function orderFor(filter: ItemFilter): Prisma.ItemOrderByWithRelationInput[] {
  const newestFirst = filter.status === "closed" || filter.status === "past";
  return [{ dueOn: newestFirst ? "desc" : "asc" }, { title: "asc" }, { id: "asc" }];
}

export interface ItemPage {
  items: ItemView[];
  total: number;
  page: number;
  pageCount: number;
}

export const PAGE_SIZE = 25;

export async function listItems(db: Db, filter: ItemFilter, time: TimeContext, page = 1): Promise<ItemPage> {
  const where = itemWhere(filter, time);
  const [total, rows] = await Promise.all([
    db.item.count({ where }),
    db.item.findMany({ where, select: { id: true }, orderBy: orderFor(filter), skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  const items = await loadItemViews(db, rows.map((row) => row.id));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One item by id, or null (also for ids that are not UUIDs, which cannot exist). */
export async function getItem(db: Db, id: string): Promise<ItemView | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const row = await db.item.findUnique({ where: { id }, include: ITEM_INCLUDE });
  return row ? toItemView(row) : null;
}

export interface Dashboard {
  closingSoon: ItemView[];
  laterOpen: ItemView[];
  upcomingSeminars: ItemView[];
  recentlyClosed: ItemView[];
}

const RECENTLY_CLOSED_DAYS = 30;
const SECTION_LIMIT = 20;

/** The four sections of the front page, as of `now` in Oslo. */
export async function getDashboard(db: Db, time: TimeContext): Promise<Dashboard> {
  const todayText = osloToday(time.now);
  const today = fromCalendarDate(todayText);
  const soonEnd = fromCalendarDate(addDays(todayText, time.closingSoonDays));
  const closedSince = fromCalendarDate(addDays(todayText, -RECENTLY_CLOSED_DAYS));
  const deadlineKinds = { kind: { in: [...DEADLINE_KIND_VALUES] }, cancelledAt: null };
  const find = (where: Prisma.ItemWhereInput, direction: "asc" | "desc") =>
    db.item
      .findMany({ where, select: { id: true }, orderBy: [{ dueOn: direction }, { title: "asc" }], take: SECTION_LIMIT })
      .then((rows) => loadItemViews(db, rows.map((row) => row.id)));

  const [closingSoon, laterOpen, upcomingSeminars, recentlyClosed] = await Promise.all([
    find({ ...deadlineKinds, dueOn: { gte: today, lte: soonEnd } }, "asc"),
    find({ ...deadlineKinds, dueOn: { gt: soonEnd } }, "asc"),
    find(
      { kind: "SEMINAR", cancelledAt: null, OR: [{ endAt: { gt: time.now } }, { endAt: null, lastOn: { gte: today } }] },
      "asc",
    ),
    find({ ...deadlineKinds, dueOn: { gte: closedSince, lt: today } }, "desc"),
  ]);
  return { closingSoon, laterOpen, upcomingSeminars, recentlyClosed };
}
