// Writes a source's entry to its item: creates it, or changes it the way an editor's edit
// does (the version rises, which is the calendars' SEQUENCE, and an audit row records the
// change, which the item page reads as "Fristen ble forlenget …"). Reminders are planned
// from the items themselves, so a moved deadline is re-planned on the scheduler's next run.
// Runs inside the caller's transaction.
import type { Prisma } from "../db/generated/client";
import { diffRecords, hasChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { ITEM_EDIT_INCLUDE, itemRecord } from "../items/records";
import type { SourceEntry } from "./entry";
import {
  isSameValues,
  itemColumnsFromValues,
  mergeSourceValues,
  parseStoredValues,
  valuesOfItem,
  type SourceValues,
} from "./source-values";

type Tx = Prisma.TransactionClient;

const EXCERPT_LIMIT = 4_000;

function provenance(entry: SourceEntry) {
  return { sourceExcerpt: entry.sourceText.slice(0, EXCERPT_LIMIT) || null, attribution: entry.attribution };
}

export async function createItemFromValues(
  tx: Tx,
  polledSourceId: string,
  entry: SourceEntry,
  values: SourceValues,
  now: Date,
  audit: { userId: string | null },
): Promise<string> {
  const actor = await tx.actor.findUniqueOrThrow({ where: { slug: values.actor }, select: { id: true } });
  const row = await tx.item.create({
    data: {
      ...itemColumnsFromValues(values, now),
      actorId: actor.id,
      polledSourceId,
      polledKey: entry.key,
      polledValues: values as unknown as Prisma.InputJsonValue,
      ...provenance(entry),
      createdAt: now,
      updatedAt: now,
    },
    include: ITEM_EDIT_INCLUDE,
  });
  await recordAuditEvent(tx, {
    at: now,
    actorUserId: audit.userId,
    entityType: "item",
    entityId: row.id,
    action: "create",
    changes: diffRecords(null, itemRecord(row)),
  });
  return row.id;
}

export interface SyncResult {
  kind: "unchanged" | "updated" | "cancelled" | "restored" | "conflict" | "gone";
  keptByEditor: string[];
}

/** Applies the source's new values to the item, leaving every field an editor changed by hand. */
export async function syncItem(tx: Tx, itemId: string, entry: SourceEntry, incoming: SourceValues, now: Date): Promise<SyncResult> {
  const before = await tx.item.findUnique({ where: { id: itemId }, include: ITEM_EDIT_INCLUDE });
  if (!before) return { kind: "gone", keptByEditor: [] };
  const current = valuesOfItem(before);
  const merge = mergeSourceValues(current, parseStoredValues(before.polledValues), incoming);
  const keep = provenance(entry);
  if (merge.changed.length === 0) {
    const isSame =
      keep.sourceExcerpt === before.sourceExcerpt &&
      keep.attribution === before.attribution &&
      isSameValues(parseStoredValues(before.polledValues), incoming);
    // Only the record of what the source said moves; the item's version and dates stay.
    if (!isSame) {
      await tx.item.update({
        where: { id: itemId },
        data: { polledValues: incoming as unknown as Prisma.InputJsonValue, ...keep, updatedAt: before.updatedAt },
      });
    }
    return { kind: "unchanged", keptByEditor: merge.keptByEditor };
  }
  const actor = merge.changed.includes("actor")
    ? await tx.actor.findUniqueOrThrow({ where: { slug: merge.values.actor }, select: { id: true } })
    : { id: before.actorId };
  const columns = itemColumnsFromValues(merge.values, before.cancelledAt ?? now);
  const { count } = await tx.item.updateMany({
    where: { id: itemId, version: before.version },
    data: {
      ...columns,
      actorId: actor.id,
      polledValues: incoming as unknown as Prisma.InputJsonValue,
      ...keep,
      updatedAt: now,
      version: { increment: 1 },
    },
  });
  // An editor saved in between: the next poll tries again on the editor's version.
  if (count !== 1) return { kind: "conflict", keptByEditor: merge.keptByEditor };
  const after = await tx.item.findUniqueOrThrow({ where: { id: itemId }, include: ITEM_EDIT_INCLUDE });
  const changes = diffRecords(itemRecord(before), itemRecord(after));
  const kind = merge.changed.includes("cancelled") ? (merge.values.cancelled ? "cancelled" : "restored") : "updated";
  if (hasChanges(changes)) {
    const action = kind === "cancelled" ? "cancel" : kind === "restored" ? "restore" : "update";
    await recordAuditEvent(tx, { at: now, actorUserId: null, entityType: "item", entityId: itemId, action, changes });
  }
  return { kind, keptByEditor: merge.keptByEditor };
}
