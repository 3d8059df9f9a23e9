import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";

/**
 * The slug of the actor that `slug` now belongs to, when `slug` was an actor merged into
 * another (lib/actors/mutations.ts); null when it never was. A live actor with that slug
 * wins: callers ask only after the slug matched no actor.
 */
export async function findSlugAfterMerge(db: Db, slug: string): Promise<string | null> {
  const row = await db.actorFormerSlug.findUnique({ where: { slug }, select: { actor: { select: { slug: true } } } });
  return row?.actor.slug ?? null;
}

/**
 * The same actor slugs with former ones replaced by the actor they were merged into (without
 * duplicates), or null when none of them is a former slug: a feed or filter that named the
 * removed actor then names the one kept.
 */
export async function replaceMergedActorSlugs(db: Db, slugs: string[]): Promise<string[] | null> {
  if (slugs.length === 0) return null;
  const rows = await db.actorFormerSlug.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, actor: { select: { slug: true } } },
  });
  if (rows.length === 0) return null;
  const current = new Map(rows.map((row) => [row.slug, row.actor.slug]));
  return [...new Set(slugs.map((slug) => current.get(slug) ?? slug))];
}

/**
 * Inside a merge: `removed`'s slug (and every slug it had taken over before) now leads to
 * `keptId`, and members' reminder filters that named `removed` name the kept actor instead, in
 * the same place in their list and without a duplicate.
 */
export async function carryOverMergedSlug(
  tx: Prisma.TransactionClient,
  removed: { id: string; slug: string },
  kept: { id: string; slug: string },
): Promise<number> {
  await tx.actorFormerSlug.updateMany({ where: { actorId: removed.id }, data: { actorId: kept.id } });
  await tx.actorFormerSlug.upsert({
    where: { slug: removed.slug },
    create: { slug: removed.slug, actorId: kept.id },
    update: { actorId: kept.id },
  });
  await tx.actorFormerSlug.deleteMany({ where: { slug: kept.slug } });
  return tx.$executeRaw`
    UPDATE reminder_preference
    SET actor_slugs = ARRAY(
      SELECT slug FROM unnest(array_replace(actor_slugs, ${removed.slug}, ${kept.slug})) WITH ORDINALITY AS listed(slug, place)
      GROUP BY slug ORDER BY min(place)
    )
    WHERE ${removed.slug} = ANY(actor_slugs)`;
}
