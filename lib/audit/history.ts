import "server-only";
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { isUuid } from "../model/uuid";
import type { AuditChanges } from "./changes";

export interface HistoryEntry {
  id: string;
  at: Date;
  /** The person who made the change; null when it came from the command line or import. */
  actorName: string | null;
  action: string;
  changes: AuditChanges;
}

/** An item's changes, newest first, for editors and admins (others get FORBIDDEN). */
export async function getItemHistory(db: Db, viewer: Viewer, itemId: string): Promise<HistoryEntry[]> {
  requireItemEditor(viewer);
  if (!isUuid(itemId)) return [];
  const rows = await db.auditEvent.findMany({
    where: { entityType: "item", entityId: itemId },
    include: { actorUser: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    actorName: row.actorUser?.name ?? null,
    action: row.action,
    changes: row.changes as AuditChanges,
  }));
}
