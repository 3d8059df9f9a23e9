import "server-only";
// Editors' decisions on the inbox's proposals: accept (with the editor's corrections) or
// reject. Each checks the caller first and writes the decision and its audit row (the new
// item's, or the rejection's) in one transaction.
import type { Db } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import { requireItemEditor } from "../auth/access";
import { isUuid } from "../model/uuid";
import type { Viewer } from "../auth/viewer-types";
import { AppError, parseInput, withDatabaseErrors } from "../errors";
import { SOURCE_PROBLEM } from "../i18n/problem-keys";
import { itemColumns } from "../items/fields";
import { resolveActorId, resolveTopicIds } from "../items/item-writes";
import { ITEM_EDIT_INCLUDE, itemRecord } from "../items/records";
import { itemInputSchema, type ItemInput } from "../items/schemas";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { resolveActorSlug } from "./actors";
import type { SourceEntry } from "./entry";
import { valuesFromEntry } from "./source-values";

const v = SOURCE_PROBLEM;
type Tx = Prisma.TransactionClient;

async function pendingProposal(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM source_proposal WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", v.unknownProposal);
  const proposal = await tx.sourceProposal.findUniqueOrThrow({ where: { id }, include: { polledSource: { select: { name: true } } } });
  if (proposal.state !== "pending") throw new AppError("CONFLICT", v.alreadyDecided);
  return proposal;
}

/**
 * Publishes a waiting proposal as the editor corrected it in the form. The item remembers what
 * the source said, so the fields the editor corrected here stay as corrected when the source
 * is polled again, while the rest follows the source.
 */
export async function acceptProposal(db: Db, viewer: Viewer, proposalId: string, input: ItemInput, now: Date): Promise<{ itemId: string }> {
  const userId = requireItemEditor(viewer).userId;
  if (!isUuid(proposalId)) throw new AppError("NOT_FOUND", v.unknownProposal);
  const data = parseInput(itemInputSchema, input);
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const proposal = await pendingProposal(tx, proposalId);
      const entry = proposal.entry as unknown as SourceEntry;
      const sourceActor = await resolveActorSlug(tx, entry.issuerName ?? proposal.polledSource.name, now);
      const actorId = await resolveActorId(tx, userId, data, now);
      const topicIds = await resolveTopicIds(tx, userId, data, now);
      const row = await tx.item.create({
        data: {
          ...itemColumns(data),
          actorId,
          polledSourceId: proposal.polledSourceId,
          polledKey: proposal.key,
          polledValues: valuesFromEntry(entry, sourceActor) as unknown as Prisma.InputJsonValue,
          sourceExcerpt: entry.sourceText.slice(0, 4_000) || null,
          attribution: entry.attribution,
          createdAt: now,
          updatedAt: now,
          topics: { create: topicIds.map((topicId) => ({ topicId })) },
        },
        include: ITEM_EDIT_INCLUDE,
      });
      await recordAuditEvent(tx, {
        at: now,
        actorUserId: userId,
        entityType: "item",
        entityId: row.id,
        action: "create",
        changes: diffRecords(null, itemRecord(row)),
      });
      await tx.sourceProposal.update({
        where: { id: proposalId },
        data: { state: "accepted", itemId: row.id, decidedById: userId, decidedAt: now, updatedAt: now },
      });
      return { itemId: row.id };
    }),
  );
}

/** Rejects a waiting proposal for good: later polls of the source leave it rejected. */
export async function rejectProposal(db: Db, viewer: Viewer, proposalId: string, now: Date): Promise<void> {
  const userId = requireItemEditor(viewer).userId;
  if (!isUuid(proposalId)) throw new AppError("NOT_FOUND", v.unknownProposal);
  await withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      await pendingProposal(tx, proposalId);
      await tx.sourceProposal.update({
        where: { id: proposalId },
        data: { state: "rejected", decidedById: userId, decidedAt: now, updatedAt: now },
      });
      await recordAuditEvent(tx, {
        at: now,
        actorUserId: userId,
        entityType: "source_proposal",
        entityId: proposalId,
        action: "reject",
        changes: { state: ["pending", "rejected"] },
      });
    }),
  );
}
