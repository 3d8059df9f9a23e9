import "server-only";
import type { Db } from "../db/prisma";
import type { FeedOwner } from "../organisations/feed-token-lookup";
import { RESPONSE_INCLUDE, toResponseView } from "./records";
import type { ResponseView } from "./types";

/**
 * An organisation's responses by item id, for its private calendar feed. It takes the
 * FeedOwner that findOrganisationByFeedToken answers, so it is reached only through a valid
 * token: a feed has no signed-in viewer to check.
 */
export async function getResponsesForFeedOwner(db: Db, owner: FeedOwner): Promise<Map<string, ResponseView>> {
  const rows = await db.response.findMany({ where: { organisationId: owner.organisationId }, include: RESPONSE_INCLUDE });
  return new Map(rows.map((row) => [row.itemId, toResponseView(row)]));
}

/** What changes whenever the organisation's responses do: for its private feed's cache validators. */
export async function getResponseStampForFeedOwner(db: Db, owner: FeedOwner): Promise<{ count: number; lastUpdatedAt: Date | null }> {
  const aggregate = await db.response.aggregate({
    where: { organisationId: owner.organisationId },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  return { count: aggregate._count._all, lastUpdatedAt: aggregate._max.updatedAt };
}
