// Loads the items of the KOM newsletters (prisma/seed-data/) into an empty database.
// Idempotent: actors, topics and sources are upserted by slug, items by (source, key).
import { actors, newsletters, topics } from "../../prisma/seed-data";
import type { SeedItem } from "../../prisma/seed-data/types";
import { fromCalendarDateOrNull } from "../model/calendar-date";
import { itemColumns, keepKindFields } from "../items/fields";
import { ensureDefaultSources } from "../sources/defaults";
import type { Db } from "../db/prisma";

function itemData(item: SeedItem, actorId: string, sourceId: string) {
  return {
    ...itemColumns(keepKindFields(item)),
    actorId,
    sourceId,
    sourceKey: item.key,
    sourceExcerpt: item.excerpt,
  };
}

/** Writes every actor, topic, newsletter and item of the seed data; returns the item count. */
export async function seedNewsletters(db: Db): Promise<number> {
  const actorIds = new Map<string, string>();
  for (const actor of actors) {
    const { slug, ...rest } = actor;
    const row = await db.actor.upsert({ where: { slug }, create: actor, update: rest });
    actorIds.set(slug, row.id);
  }
  const topicIds = new Map<string, string>();
  for (const topic of topics) {
    const row = await db.topic.upsert({ where: { slug: topic.slug }, create: topic, update: topic });
    topicIds.set(topic.slug, row.id);
  }
  let count = 0;
  for (const { source, items } of newsletters) {
    const sourceData = {
      slug: source.slug,
      title: source.title,
      periodLabel: source.periodLabel,
      publishedOn: fromCalendarDateOrNull(source.publishedOn),
    };
    const sourceRow = await db.source.upsert({ where: { slug: source.slug }, create: sourceData, update: sourceData });
    for (const item of items) {
      const actorId = actorIds.get(item.issuer);
      if (!actorId) throw new Error(`Seed item ${item.key} names an unknown issuer ${item.issuer}.`);
      const existing = await db.item.findUnique({
        where: { sourceId_sourceKey: { sourceId: sourceRow.id, sourceKey: item.key } },
        select: { id: true },
      });
      if (existing) continue;
      await db.item.create({
        data: {
          ...itemData(item, actorId, sourceRow.id),
          topics: { create: item.topics.map((slug) => ({ topicId: topicIds.get(slug)! })) },
        },
      });
      count += 1;
    }
  }
  return count;
}

/** Seeds only a database that holds no item yet, so nothing a user saved is touched. */
export async function seedIfEmpty(db: Db): Promise<number> {
  const existing = await db.item.count();
  if (existing > 0) return 0;
  return seedNewsletters(db);
}

export interface StarterData {
  items: number;
  sources: number;
}

/**
 * What a new installation starts with: the newsletters' items (`everyItem`: also into a
 * database that already holds items, keeping those there) and the national sources, only into
 * a database that has never had a source.
 */
export async function seedStarterData(db: Db, { everyItem }: { everyItem: boolean }): Promise<StarterData> {
  const items = everyItem ? await seedNewsletters(db) : await seedIfEmpty(db);
  return { items, sources: await ensureDefaultSources(db) };
}

/** What seeding did, a line for each thing it added. */
export function describeStarterData(seeded: StarterData): string[] {
  return [
    ...(seeded.items > 0 ? [`Loaded ${seeded.items} items from the KOM newsletters.`] : []),
    ...(seeded.sources > 0 ? ["Added the national sources: regjeringen.no's hearings and Stortinget's committee hearings."] : []),
  ];
}
