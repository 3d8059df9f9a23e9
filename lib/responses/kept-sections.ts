// "Mine frister" kept between requests, per organisation. A kept answer is found only under
// the key it was read for: the organisation (so one member never sees another organisation's
// sections), the versions its data had (the content version, raised by every change of an
// item, actor, topic or source, and the organisation's responses version, raised by every
// change of its responses and by renaming a user they name: prisma/migrations/*_organisation_
// responses_version), the day in Oslo and the rest of what was asked. Within a day only time
// moves an item out of its section (a timed seminar that ends), so an answer is used until the
// earliest such moment it holds. Requests arriving together share one read.
import "server-only";
import type { Db } from "../db/prisma";

/** At most this many answers are kept (each some tens of KB: a page of items), the least recently read going first. */
const MAX_KEPT = 200;

interface Kept<T> {
  value: Promise<T>;
  /** When the answer stops being true (epoch ms); Infinity when only a new day ends it. */
  validUntil: number;
}

const holder = globalThis as unknown as { fristvaktKeptSections?: Map<string, Kept<unknown>> };
const kept = (holder.fristvaktKeptSections ??= new Map());

/**
 * The versions "Mine frister" of `organisationId` is read at, as one token; null when the
 * organisation is gone. One query: the two versions come from one snapshot.
 */
export async function readSectionsVersion(db: Db, organisationId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ version: string }[]>`
    SELECT cv.version::text || '.' || o.responses_version::text AS version
    FROM organisation o CROSS JOIN content_version cv
    WHERE o.id = ${organisationId}::uuid AND cv.id = 1`;
  return rows[0]?.version ?? null;
}

/**
 * The answer kept under `key` while it holds at `now`, else `read()`'s, kept under `key` until
 * `validUntil(answer)`. Data read after its version was read is at least that new, so an answer
 * kept under an older version is never newer than the data it stands for.
 */
export async function keptOrRead<T>(key: string, now: Date, read: () => Promise<T>, validUntil: (value: T) => number): Promise<T> {
  const found = kept.get(key) as Kept<T> | undefined;
  if (found && now.getTime() < found.validUntil) {
    kept.delete(key);
    kept.set(key, found);
    return found.value;
  }
  const entry: Kept<T> = { value: read(), validUntil: Infinity };
  kept.set(key, entry);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  try {
    const value = await entry.value;
    entry.validUntil = validUntil(value);
    return value;
  } catch (error) {
    if (kept.get(key) === entry) kept.delete(key);
    throw error;
  }
}

/** Forgets every kept answer (tests). */
export function forgetKeptSections(): void {
  kept.clear();
}
