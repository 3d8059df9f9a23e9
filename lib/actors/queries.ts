import "server-only";
import type { Db } from "../db/prisma";

export interface ActorSummary {
  slug: string;
  shortName: string;
  name: string;
  nameEn: string | null;
  type: string;
  url: string | null;
  itemCount: number;
}

export interface TopicSummary {
  slug: string;
  name: string;
  nameEn: string;
  itemCount: number;
}

export async function listActors(db: Db): Promise<ActorSummary[]> {
  const rows = await db.actor.findMany({ include: { _count: { select: { items: true } } }, orderBy: { name: "asc" } });
  return rows.map(({ _count, id: _id, createdAt: _c, updatedAt: _u, ...actor }) => ({ ...actor, itemCount: _count.items }));
}

export async function listTopics(db: Db): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({ include: { _count: { select: { items: true } } }, orderBy: { name: "asc" } });
  return rows.map(({ _count, id: _id, createdAt: _c, ...topic }) => ({ ...topic, itemCount: _count.items }));
}

export async function getActorBySlug(db: Db, slug: string): Promise<ActorSummary | null> {
  return (await listActorsBySlugs(db, [slug]))[0] ?? null;
}

export async function getTopicBySlug(db: Db, slug: string): Promise<TopicSummary | null> {
  return (await listTopicsBySlugs(db, [slug]))[0] ?? null;
}

export async function listActorsBySlugs(db: Db, slugs: string[]): Promise<ActorSummary[]> {
  if (slugs.length === 0) return [];
  const rows = await db.actor.findMany({ where: { slug: { in: slugs } }, include: { _count: { select: { items: true } } } });
  return rows.map(({ _count, id: _id, createdAt: _c, updatedAt: _u, ...actor }) => ({ ...actor, itemCount: _count.items }));
}

export async function listTopicsBySlugs(db: Db, slugs: string[]): Promise<TopicSummary[]> {
  if (slugs.length === 0) return [];
  const rows = await db.topic.findMany({ where: { slug: { in: slugs } }, include: { _count: { select: { items: true } } } });
  return rows.map(({ _count, id: _id, createdAt: _c, ...topic }) => ({ ...topic, itemCount: _count.items }));
}

export interface TaxonomyOption {
  slug: string;
  label: string;
  title: string;
}

/** Actors for a filter menu, without counting their items (that is the actor page's work). */
export async function listActorOptions(db: Db): Promise<TaxonomyOption[]> {
  const rows = await db.actor.findMany({ select: { slug: true, shortName: true, name: true }, orderBy: { shortName: "asc" } });
  return rows.map((row) => ({ slug: row.slug, label: row.shortName, title: row.name }));
}

/** Topics for a filter menu, in the reader's language and in that language's alphabetical order. */
export async function listTopicOptions(db: Db, locale: "nb" | "en"): Promise<TaxonomyOption[]> {
  const rows = await db.topic.findMany({ select: { slug: true, name: true, nameEn: true }, orderBy: { name: "asc" } });
  const options = rows.map((row) => {
    const label = locale === "en" ? row.nameEn : row.name;
    return { slug: row.slug, label, title: label };
  });
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a.label, b.label));
}
