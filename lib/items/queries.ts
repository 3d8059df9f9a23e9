import "server-only";
import type { Db } from "../db/prisma";
import { isUuid } from "../model/uuid";
import type { Prisma } from "../db/generated/client";
import { addDays, osloToday } from "../deadlines";
import { fromCalendarDate } from "../model/calendar-date";
import type { ItemFilter } from "./filters";
import { DEFAULT_LIST_SORT, type ListSort } from "./list-sort";
import { actorIdsForWord, searchWords, type SearchActor } from "./search-text";
import { ITEM_INCLUDE, toItemView } from "./item-view";
import { loadItemViews } from "./item-rows";
import type { ItemView } from "../model/item";

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

/**
 * The filter as a `where`. Search words must each appear somewhere (title, reference, summary)
 * or name the issuer; `actors` are the ones the issuer may be matched against (none: text only).
 */
export function itemWhere(filter: ItemFilter, time: TimeContext, actors: readonly SearchActor[] = []): Prisma.ItemWhereInput {
  const and: Prisma.ItemWhereInput[] = [statusWhere(filter, time)];
  if (filter.actors.length) and.push({ actor: { slug: { in: filter.actors } } });
  if (filter.topics.length) and.push({ topics: { some: { topic: { slug: { in: filter.topics } } } } });
  if (filter.kinds.length) and.push({ kind: { in: filter.kinds } });
  for (const word of filter.q ? searchWords(filter.q) : []) {
    const contains = escapeLike(word);
    const actorIds = actorIdsForWord(word, actors);
    // Each column has a trigram index (see the response_following_responsible migration).
    and.push({
      OR: [
        { title: { contains, mode: "insensitive" } },
        { reference: { contains, mode: "insensitive" } },
        { summary: { contains, mode: "insensitive" } },
        ...(actorIds.length > 0 ? [{ actorId: { in: actorIds } }] : []),
      ],
    });
  }
  return { AND: and };
}

/** The parts of the default order, each read with its own index: open deadlines, seminars to come, the rest. */
function attentionParts(time: TimeContext): { where: Prisma.ItemWhereInput; direction: "asc" | "desc" }[] {
  const today = fromCalendarDate(osloToday(time.now));
  const open: Prisma.ItemWhereInput = { kind: { in: [...DEADLINE_KIND_VALUES] }, cancelledAt: null, dueOn: { gte: today } };
  const coming: Prisma.ItemWhereInput = {
    kind: "SEMINAR",
    cancelledAt: null,
    // "not: null" keeps the test false, not unknown, for all-day seminars: NOT over an
    // unknown would drop them from the last part too.
    OR: [{ endAt: { not: null, gt: time.now } }, { endAt: null, lastOn: { gte: today } }],
  };
  return [
    { where: open, direction: "asc" },
    { where: coming, direction: "asc" },
    { where: { NOT: [open, coming] }, direction: "desc" },
  ];
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

/** The actors a search may name: a short list, read once per search. */
async function loadSearchActors(db: Db, filter: ItemFilter): Promise<SearchActor[]> {
  return filter.q ? db.actor.findMany({ select: { id: true, name: true, shortName: true } }) : [];
}

/**
 * A page of the list in the chosen order. The default order without a status filter reads
 * three parts (see attentionParts) one after the other, counting each, so every part keeps
 * its own index order and a page may span two parts.
 */
export async function listItems(
  db: Db,
  filter: ItemFilter,
  time: TimeContext,
  page = 1,
  sort: ListSort = DEFAULT_LIST_SORT,
): Promise<ItemPage> {
  const where = itemWhere(filter, time, await loadSearchActors(db, filter));
  const skip = (page - 1) * PAGE_SIZE;
  if (sort !== "deadline" || filter.status !== null) {
    const orderBy: Prisma.ItemOrderByWithRelationInput[] =
      sort === "title"
        ? [{ title: "asc" }, { id: "asc" }]
        : sort === "newest"
          ? [{ sentOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }]
          : orderFor(filter);
    const [total, rows] = await Promise.all([
      db.item.count({ where }),
      db.item.findMany({ where, select: { id: true }, orderBy, skip, take: PAGE_SIZE }),
    ]);
    const items = await loadItemViews(
      db,
      rows.map((row) => row.id),
    );
    return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  }
  const parts = attentionParts(time).map((part) => ({ ...part, where: { AND: [where, part.where] } }));
  // The last part is counted as what the first two leave: counting it by its own `where`
  // (two NOTs) made PostgreSQL filter every row, where a plain count reads the table faster.
  const [total, open, coming] = await Promise.all([
    db.item.count({ where }),
    db.item.count({ where: parts[0].where }),
    db.item.count({ where: parts[1].where }),
  ]);
  const counts = [open, coming, total - open - coming];
  const ids: string[] = [];
  let start = 0;
  for (const [index, part] of parts.entries()) {
    const [from, to] = [Math.max(skip - start, 0), Math.min(skip + PAGE_SIZE - start, counts[index])];
    if (from < to) {
      const rows = await db.item.findMany({
        where: part.where,
        select: { id: true },
        orderBy: [{ dueOn: part.direction }, { title: "asc" }, { id: "asc" }],
        skip: from,
        take: to - from,
      });
      ids.push(...rows.map((row) => row.id));
    }
    start += counts[index];
  }
  return { items: await loadItemViews(db, ids), total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One item by id, or null (also for ids that are not UUIDs, which cannot exist). */
export async function getItem(db: Db, id: string): Promise<ItemView | null> {
  if (!isUuid(id)) return null;
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
    db.item.findMany({ where, select: { id: true }, orderBy: [{ dueOn: direction }, { title: "asc" }], take: SECTION_LIMIT }).then((rows) =>
      loadItemViews(
        db,
        rows.map((row) => row.id),
      ),
    );

  const [closingSoon, laterOpen, upcomingSeminars, recentlyClosed] = await Promise.all([
    find({ ...deadlineKinds, dueOn: { gte: today, lte: soonEnd } }, "asc"),
    find({ ...deadlineKinds, dueOn: { gt: soonEnd } }, "asc"),
    find({ kind: "SEMINAR", cancelledAt: null, OR: [{ endAt: { gt: time.now } }, { endAt: null, lastOn: { gte: today } }] }, "asc"),
    find({ ...deadlineKinds, dueOn: { gte: closedSince, lt: today } }, "desc"),
  ]);
  return { closingSoon, laterOpen, upcomingSeminars, recentlyClosed };
}
