// Writing user rows, shared by the admin's createUser and the command line's provisionUser.
import type { Prisma } from "../db/generated/client";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { AppError } from "../errors";
import type { Role } from "../auth/viewer-types";
import { toUserView, userRecord } from "./records";
import type { UserView } from "./types";

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string | null;
  role: Role;
  organisationId: string | null;
}

/** Creates the user and its audit row in `tx`; `actorUserId` is null from the command line. */
export async function insertUser(tx: Prisma.TransactionClient, user: NewUser, actorUserId: string | null, now: Date): Promise<UserView> {
  const row = await tx.user.create({ data: { ...user, createdAt: now }, include: { organisation: { select: { name: true } } } });
  await recordAuditEvent(tx, {
    at: now,
    actorUserId,
    organisationId: row.organisationId,
    entityType: "user",
    entityId: row.id,
    action: "create",
    changes: diffRecords(null, userRecord(row)),
  });
  return toUserView(row);
}

/**
 * Refuses a change that would leave no active admin, so that nobody can lock everyone out
 * of user management. Taken under a lock, so two admins demoting each other at the same
 * moment cannot both succeed.
 */
export async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('fristvakt:admins', 0))`;
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", "LAST_ADMIN");
}
