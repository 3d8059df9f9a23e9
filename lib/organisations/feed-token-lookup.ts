import "server-only";
import type { Db } from "../db/prisma";
import { hashFeedToken, isFeedTokenShaped } from "../auth/token-secret";

// Calendar clients poll every few hours; recording each poll would write on every read.
const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

export interface FeedOwner {
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  feedTokenName: string;
}

/**
 * The organisation a private feed token belongs to, found by the token's hash; null for an
 * unknown, malformed or revoked token (the feed then answers 404). Notes when the link was
 * last used, at most once an hour.
 */
export async function findOrganisationByFeedToken(db: Db, token: string, now: Date): Promise<FeedOwner | null> {
  if (!isFeedTokenShaped(token)) return null;
  const row = await db.feedToken.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    include: { organisation: { select: { id: true, name: true, slug: true } } },
  });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.feedToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }).catch(() => undefined);
  }
  return {
    organisationId: row.organisation.id,
    organisationName: row.organisation.name,
    organisationSlug: row.organisation.slug,
    feedTokenName: row.name,
  };
}
