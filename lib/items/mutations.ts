import "server-only";
import type { Db } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import { requireItemEditor } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { diffRecords, hasChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { AppError, notFound, parseInput, withDatabaseErrors } from "../errors";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { itemColumns } from "./fields";
import { resolveActorId, resolveTopicIds } from "./item-writes";
import { ITEM_EDIT_INCLUDE, itemRecord, type EditedItemRow } from "./records";
import {
  itemCancelInputSchema,
  itemInputSchema,
  itemRestoreInputSchema,
  itemUpdateInputSchema,
  type ItemCancelInput,
  type ItemInput,
  type ItemRestoreInput,
  type ItemUpdateInput,
} from "./schemas";

// Every change to an item raises its version, which becomes the calendar's SEQUENCE, and is
// written with its audit row in one transaction. A change based on an older version than the
// stored one is refused (CONFLICT), never a silent overwrite.

type Tx = Prisma.TransactionClient;
export interface SavedItem {
  id: string;
  version: number;
}

const stale = () => new AppError("CONFLICT", "STALE_VERSION");
const invalid = (reason: string) => new AppError("INVALID_INPUT", reason);

async function findItem(tx: Tx, id: string): Promise<EditedItemRow> {
  const row = await tx.item.findUnique({ where: { id }, include: ITEM_EDIT_INCLUDE });
  if (!row) throw notFound();
  return row;
}

/**
 * Writes `data` to the item if it is still at `version`. The version is compared again in
 * the write itself: of two saves based on the same version, the second matches no row.
 */
async function writeVersioned(tx: Tx, before: EditedItemRow, version: number, data: Prisma.ItemUncheckedUpdateManyInput, now: Date) {
  if (before.version !== version) throw stale();
  const { count } = await tx.item.updateMany({
    where: { id: before.id, version },
    data: { ...data, updatedAt: now, version: { increment: 1 } },
  });
  if (count !== 1) throw stale();
}

async function audit(tx: Tx, editorId: string, before: EditedItemRow | null, after: EditedItemRow, action: string, now: Date) {
  const changes = diffRecords(before && itemRecord(before), itemRecord(after));
  await recordAuditEvent(tx, { at: now, actorUserId: editorId, entityType: "item", entityId: after.id, action, changes });
}

/** Editors and admins. Creates the actor or topic the form names when the lists lack them. */
export async function createItem(db: Db, viewer: Viewer, input: ItemInput, now: Date): Promise<SavedItem> {
  const editor = requireItemEditor(viewer);
  const data = parseInput(itemInputSchema, input);
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const actorId = await resolveActorId(tx, editor.userId, data, now);
      const topicIds = await resolveTopicIds(tx, editor.userId, data, now);
      const row = await tx.item.create({
        data: {
          ...itemColumns(data),
          actorId,
          createdAt: now,
          updatedAt: now,
          topics: { create: topicIds.map((topicId) => ({ topicId })) },
        },
        include: ITEM_EDIT_INCLUDE,
      });
      await audit(tx, editor.userId, null, row, "create", now);
      return { id: row.id, version: row.version };
    }),
  );
}

/**
 * Saves an edit based on `version`. Saving what is stored changes nothing (no new version, no
 * audit row), so a double-click is harmless. Sort dates and seminar instants are derived again.
 */
export async function updateItem(db: Db, viewer: Viewer, input: ItemUpdateInput, now: Date): Promise<SavedItem> {
  const editor = requireItemEditor(viewer);
  const { id, version, ...data } = parseInput(itemUpdateInputSchema, input);
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const before = await findItem(tx, id);
      const actorId = await resolveActorId(tx, editor.userId, data, now);
      const topicIds = await resolveTopicIds(tx, editor.userId, data, now);
      const topicSlugs = (await tx.topic.findMany({ where: { id: { in: topicIds } }, select: { slug: true } })).map((t) => t.slug);
      const actorSlug = (await tx.actor.findUniqueOrThrow({ where: { id: actorId }, select: { slug: true } })).slug;
      const columns = itemColumns(data);
      const wanted = { ...before, ...columns, actor: { slug: actorSlug }, topics: topicSlugs.map((slug) => ({ topic: { slug } })) };
      if (!hasChanges(diffRecords(itemRecord(before), itemRecord(wanted)))) return { id, version: before.version };
      await writeVersioned(tx, before, version, { ...columns, actorId }, now);
      await tx.itemTopic.deleteMany({ where: { itemId: id } });
      await tx.itemTopic.createMany({ data: topicIds.map((topicId) => ({ itemId: id, topicId })) });
      const after = await findItem(tx, id);
      await audit(tx, editor.userId, before, after, "update", now);
      return { id, version: after.version };
    }),
  );
}

/** Cancels an item: it stays visible as cancelled, with the reason, and feeds say CANCELLED. */
export async function cancelItem(db: Db, viewer: Viewer, input: ItemCancelInput, now: Date): Promise<SavedItem> {
  const editor = requireItemEditor(viewer);
  const { id, version, reason } = parseInput(itemCancelInputSchema, input);
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const before = await findItem(tx, id);
      if (before.cancelledAt) throw invalid(EDITOR_PROBLEM.alreadyCancelled);
      await writeVersioned(tx, before, version, { cancelledAt: now, cancelReason: reason }, now);
      const after = await findItem(tx, id);
      await audit(tx, editor.userId, before, after, "cancel", now);
      return { id, version: after.version };
    }),
  );
}

/** Takes a cancellation back; the version rises, so calendars replace the cancelled copy. */
export async function restoreItem(db: Db, viewer: Viewer, input: ItemRestoreInput, now: Date): Promise<SavedItem> {
  const editor = requireItemEditor(viewer);
  const { id, version } = parseInput(itemRestoreInputSchema, input);
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const before = await findItem(tx, id);
      if (!before.cancelledAt) throw invalid(EDITOR_PROBLEM.notCancelled);
      await writeVersioned(tx, before, version, { cancelledAt: null, cancelReason: null }, now);
      const after = await findItem(tx, id);
      await audit(tx, editor.userId, before, after, "restore", now);
      return { id, version: after.version };
    }),
  );
}
