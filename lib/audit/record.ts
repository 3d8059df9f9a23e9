// Writes audit rows. Always called with the transaction that makes the change, so the
// change and its record commit or roll back together.
import type { Prisma } from "../db/generated/client";
import { hasChanges, type AuditChanges, type AuditEntityType } from "./changes";

export interface AuditEventInput {
  at: Date;
  /** Null for changes made from the command line or by the system. */
  actorUserId: string | null;
  /** The organisation the change belongs to; null for shared data such as items. */
  organisationId?: string | null;
  entityType: AuditEntityType;
  entityId: string;
  /** "create", "update", "delete", "cancel", "restore", "disable", "revoke", ... */
  action: string;
  changes: AuditChanges;
}

export async function recordAuditEvent(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      at: event.at,
      actorUserId: event.actorUserId,
      organisationId: event.organisationId ?? null,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      changes: event.changes,
    },
  });
}

/** Records an update only when something changed: a save that changes nothing leaves no trace. */
export async function recordAuditEventIfChanged(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<boolean> {
  if (!hasChanges(event.changes)) return false;
  await recordAuditEvent(tx, event);
  return true;
}
