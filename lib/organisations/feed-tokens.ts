import "server-only";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { notFound, parseInput } from "../errors";
import { generateFeedToken, hashFeedToken } from "../auth/token-secret";
import { feedTokenRecord, toFeedTokenView } from "./records";
import { feedTokenIdInputSchema, feedTokenInputSchema, type FeedTokenIdInput, type FeedTokenInput } from "./schemas";
import type { FeedTokenView } from "./types";

const WITH_CREATOR = { createdBy: { select: { name: true } } } as const;

/**
 * A new private feed link for the viewer's organisation. The plain token is returned this
 * once and never stored or logged; the audit row records only the link's name.
 */
export async function createFeedToken(
  db: Db,
  viewer: Viewer,
  input: FeedTokenInput,
  now: Date,
): Promise<{ token: string; feedToken: FeedTokenView }> {
  const { viewer: member, organisationId } = requireOrganisationMember(viewer);
  const { name } = parseInput(feedTokenInputSchema, input);
  const token = generateFeedToken();
  const feedToken = await db.$transaction(async (tx) => {
    const row = await tx.feedToken.create({
      data: { organisationId, name, tokenHash: hashFeedToken(token), createdById: member.userId, createdAt: now },
      include: WITH_CREATOR,
    });
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: member.userId,
      organisationId,
      entityType: "feed_token",
      entityId: row.id,
      action: "create",
      changes: diffRecords(null, feedTokenRecord(row)),
    });
    return toFeedTokenView(row);
  });
  return { token, feedToken };
}

/** Revokes one of the viewer's organisation's links; another organisation's id is NOT_FOUND. */
export async function revokeFeedToken(db: Db, viewer: Viewer, input: FeedTokenIdInput, now: Date): Promise<FeedTokenView> {
  const { viewer: member, organisationId } = requireOrganisationMember(viewer);
  const { feedTokenId } = parseInput(feedTokenIdInputSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.feedToken.findFirst({ where: { id: feedTokenId, organisationId }, include: WITH_CREATOR });
    if (!before) throw notFound();
    if (before.revokedAt) return toFeedTokenView(before);
    const after = await tx.feedToken.update({ where: { id: feedTokenId }, data: { revokedAt: now }, include: WITH_CREATOR });
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: member.userId,
      organisationId,
      entityType: "feed_token",
      entityId: feedTokenId,
      action: "revoke",
      changes: diffRecords(feedTokenRecord(before), feedTokenRecord(after)),
    });
    return toFeedTokenView(after);
  });
}

/** The viewer's organisation's links, newest first, revoked ones included. */
export async function listFeedTokens(db: Db, viewer: Viewer): Promise<FeedTokenView[]> {
  const { organisationId } = requireOrganisationMember(viewer);
  const rows = await db.feedToken.findMany({ where: { organisationId }, include: WITH_CREATOR, orderBy: { createdAt: "desc" } });
  return rows.map(toFeedTokenView);
}
