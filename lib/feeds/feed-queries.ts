import "server-only";
import type { Db } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import { DEFAULT_CLOSING_SOON_DAYS } from "../deadlines";
import type { FeedFilter } from "./feed-scope";
import type { FeedStamp } from "./feed-stamp";
import { getFeedWindow, type FeedWindow } from "./feed-window";
import { fromCalendarDate } from "../model/calendar-date";
import { EMPTY_FILTER } from "../items/filters";
import { loadItemViews } from "../items/item-rows";
import { itemWhere } from "../items/queries";
import type { ItemView } from "../model/item";

export interface FeedTime {
  now: Date;
  /** Months back from today that a feed reaches (by an item's last day). */
  historyMonths: number;
}

/**
 * The rows of a feed: the list's own actor/topic/kind filter, limited to items whose last
 * day lies within the history window (upcoming ones always do) and, for cancelled items,
 * to the days they are kept after cancellation.
 */
function feedWhere(filter: FeedFilter, time: FeedTime, window: FeedWindow): Prisma.ItemWhereInput {
  const listFilter = { ...EMPTY_FILTER, actors: filter.actors, topics: filter.topics, kinds: filter.kinds };
  return {
    AND: [
      itemWhere(listFilter, { now: time.now, closingSoonDays: DEFAULT_CLOSING_SOON_DAYS }),
      { lastOn: { gte: fromCalendarDate(window.historyStart) } },
      { OR: [{ cancelledAt: null }, { cancelledAt: { gte: window.cancelledSince } }] },
    ],
  };
}

export type FeedStampResult =
  { found: true; stamp: FeedStamp; window: FeedWindow } | { found: false; missing: { field: "actor" | "topic"; value: string } };

/**
 * What a conditional request needs: one aggregate over the feed's rows (plus, when the
 * filter names actors or topics, a lookup of those by their unique slug, run alongside).
 * `found: false` names the first actor or topic that does not exist.
 */
export async function getFeedStamp(db: Db, filter: FeedFilter, time: FeedTime): Promise<FeedStampResult> {
  const window = getFeedWindow(time.now, time.historyMonths);
  const [aggregate, actors, topics] = await Promise.all([
    db.item.aggregate({
      where: feedWhere(filter, time, window),
      _count: { _all: true },
      _max: { updatedAt: true, cancelledAt: true },
      // Every edit raises an item's version, even two made within one clock tick.
      _sum: { version: true },
    }),
    filter.actors.length === 0
      ? []
      : db.actor.findMany({ where: { slug: { in: filter.actors } }, select: { slug: true, name: true, shortName: true, updatedAt: true } }),
    filter.topics.length === 0 ? [] : db.topic.findMany({ where: { slug: { in: filter.topics } }, select: { slug: true, name: true } }),
  ]);
  const missingActor = filter.actors.find((slug) => !actors.some((a) => a.slug === slug));
  if (missingActor) return { found: false, missing: { field: "actor", value: missingActor } };
  const missingTopic = filter.topics.find((slug) => !topics.some((t) => t.slug === slug));
  if (missingTopic) return { found: false, missing: { field: "topic", value: missingTopic } };
  const bySlug = <T extends { slug: string }>(rows: T[]) => [...rows].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    found: true,
    window,
    stamp: {
      count: aggregate._count._all,
      lastUpdatedAt: aggregate._max.updatedAt,
      lastCancelledAt: aggregate._max.cancelledAt,
      versionSum: aggregate._sum.version ?? 0,
      names: {
        actors: bySlug(actors).map(({ slug, name, shortName }) => ({ slug, name, shortName })),
        topics: bySlug(topics),
        actorsUpdatedAt: bySlug(actors).map((a) => a.updatedAt),
      },
    },
  };
}

// Items are loaded this many at a time, so a large feed is never held as items all at once.
export const FEED_BATCH_SIZE = 2_000;

/**
 * The feed's items in feed order, handed to `onBatch` a batch at a time: first the ids of
 * every matching item (one light query), then the items of each batch of ids in one SQL
 * statement each. An item edited meanwhile is shown as it is now; one deleted is left out.
 */
export async function forEachFeedBatch(
  db: Db,
  filter: FeedFilter,
  time: FeedTime,
  onBatch: (items: ItemView[]) => void,
  batchSize = FEED_BATCH_SIZE,
): Promise<void> {
  const window = getFeedWindow(time.now, time.historyMonths);
  const rows = await db.item.findMany({
    where: feedWhere(filter, time, window),
    select: { id: true },
    orderBy: [{ dueOn: "asc" }, { title: "asc" }, { id: "asc" }],
  });
  const ids = rows.map((row) => row.id);
  for (let start = 0; start < ids.length; start += batchSize) {
    onBatch(await loadItemViews(db, ids.slice(start, start + batchSize)));
  }
}

/** The feed's items in feed order, all at once. */
export async function listFeedItems(db: Db, filter: FeedFilter, time: FeedTime, batchSize = FEED_BATCH_SIZE): Promise<ItemView[]> {
  const items: ItemView[] = [];
  await forEachFeedBatch(db, filter, time, (batch) => items.push(...batch), batchSize);
  return items;
}
