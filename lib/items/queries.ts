import "server-only";
import type { Db } from "../db/prisma";
import { isUuid } from "../model/uuid";
import type { Prisma } from "../db/generated/client";
import { ATTENTION_PARTS, DASHBOARD_RULES, ruleMoment, STATUS_FILTER_RULES } from "../deadlines";
import type { ItemFilter } from "./filters";
import { DEFAULT_LIST_SORT, type ListSort } from "./list-sort";
import { actorIdsForWord, searchWords, type SearchActor } from "./search-text";
import { ITEM_INCLUDE, toItemView } from "./item-view";
import { loadItemViews } from "./item-rows";
import type { ItemView } from "../model/item";

export interface TimeContext {
  now: Date;
  /** Days ahead (today included) in which a deadline counts as closing soon. */
  closingSoonDays: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Status conditions come from the rules in lib/deadlines (status-views.ts), where each
// `where` is built beside the predicate pages use. Date conditions on deadline kinds use
// `dueOn`, which equals the deadline for them and is indexed with the kind: filtering on
// `deadline` itself made PostgreSQL walk the whole dueOn index (50,000 items: 25,000 rows
// read to find 20).
function statusWhere(filter: ItemFilter, time: TimeContext): Prisma.ItemWhereInput {
  return filter.status === null ? {} : STATUS_FILTER_RULES[filter.status].where(ruleMoment(time.now, time.closingSoonDays));
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

/**
 * The parts of the default order, each read with its own index: open deadlines soonest
 * first, seminars to come soonest first, the rest newest first (ATTENTION_PARTS).
 */
function attentionParts(time: TimeContext): { where: Prisma.ItemWhereInput; direction: "asc" | "desc" }[] {
  const moment = ruleMoment(time.now, time.closingSoonDays);
  const directions = ["asc", "asc", "desc"] as const;
  return ATTENTION_PARTS.map((rule, index) => ({ where: rule.where(moment), direction: directions[index] }));
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

const SECTION_LIMIT = 20;

/** The four sections of the front page, as of `now` in Oslo. */
export async function getDashboard(db: Db, time: TimeContext): Promise<Dashboard> {
  const moment = ruleMoment(time.now, time.closingSoonDays);
  const find = (where: Prisma.ItemWhereInput, direction: "asc" | "desc") =>
    db.item.findMany({ where, select: { id: true }, orderBy: [{ dueOn: direction }, { title: "asc" }], take: SECTION_LIMIT }).then((rows) =>
      loadItemViews(
        db,
        rows.map((row) => row.id),
      ),
    );

  const [closingSoon, laterOpen, upcomingSeminars, recentlyClosed] = await Promise.all([
    find(DASHBOARD_RULES.closingSoon.where(moment), "asc"),
    find(DASHBOARD_RULES.laterOpen.where(moment), "asc"),
    find(DASHBOARD_RULES.upcomingSeminars.where(moment), "asc"),
    find(DASHBOARD_RULES.recentlyClosed.where(moment), "desc"),
  ]);
  return { closingSoon, laterOpen, upcomingSeminars, recentlyClosed };
}
