import "server-only";
import type { Db } from "../db/prisma";
import { isUuid } from "../model/uuid";
import { getDeadlineChange, type AuditChanges, type DeadlineChange } from "./changes";

// How far back to look: an item is edited a handful of times, so this is far more than enough.
const RECENT_EDITS = 200;

/**
 * The item's latest deadline move, for "Fristen ble forlenget fra … til …" on the public item
 * page. Public on purpose: it says what changed, never who changed it.
 */
export async function getLatestDeadlineChange(db: Db, itemId: string): Promise<DeadlineChange | null> {
  if (!isUuid(itemId)) return null;
  const rows = await db.auditEvent.findMany({
    where: { entityType: "item", entityId: itemId, action: "update" },
    select: { changes: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: RECENT_EDITS,
  });
  for (const row of rows) {
    const change = getDeadlineChange(row.changes as AuditChanges);
    if (change) return change;
  }
  return null;
}
