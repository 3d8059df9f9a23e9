import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { requireAdmin, requireSignedIn } from "../auth/access";
import type { SignedInViewer, Viewer } from "../auth/viewer-types";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent, recordAuditEventIfChanged } from "../audit/record";
import { issueAccountToken } from "../auth/account-tokens";
import { AppError, fieldError, isAppError, notFound, parseInput, withDatabaseErrors } from "../errors";
import { toUserView, userRecord } from "./records";
import {
  invitationInputSchema,
  localeInputSchema,
  MEMBER_NEEDS_ORGANISATION,
  userIdInputSchema,
  userMoveInputSchema,
  userRoleInputSchema,
  type InvitationInput,
  type LocaleInput,
  type UserIdInput,
  type UserMoveInput,
  type UserRoleInput,
} from "./schemas";
import type { UserView } from "./types";
import { assertAnotherActiveAdmin, insertUser } from "./user-rows";
import { ENDS_SESSIONS } from "../auth/sessions";

type Tx = Prisma.TransactionClient;
const WITH_ORGANISATION = { organisation: { select: { name: true } } } as const;

/**
 * Admin only. Creates the user without a password and issues an invitation link (valid seven
 * days) with which they choose their own. Returns the plain token for the e-mail only.
 * A taken e-mail is CONFLICT/EMAIL_TAKEN; an organisation deleted meanwhile a field problem.
 */
export async function inviteUser(db: Db, viewer: Viewer, input: InvitationInput, now: Date): Promise<{ user: UserView; token: string }> {
  const admin = requireAdmin(viewer);
  const data = parseInput(invitationInputSchema, input);
  const user = { email: data.email, name: data.name, passwordHash: null, role: data.role, organisationId: data.organisationId };
  return withOrganisationErrors(() =>
    db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw new AppError("CONFLICT", "EMAIL_TAKEN");
      if (data.organisationId) await requireOrganisation(tx, data.organisationId);
      const created = await insertUser(tx, user, admin.userId, now);
      const token = await issueAccountToken(tx, created.id, "INVITATION", admin.userId, now);
      return { user: created, token };
    }),
  );
}

/**
 * Admin only. A new invitation link for a user who has not chosen a password yet (the old
 * link stops working). A user who already has a password uses "Glemt passord?" instead.
 */
export async function resendInvitation(db: Db, viewer: Viewer, input: UserIdInput, now: Date): Promise<{ user: UserView; token: string }> {
  const admin = requireAdmin(viewer);
  const { userId } = parseInput(userIdInputSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id: userId }, include: WITH_ORGANISATION });
    if (!row) throw notFound();
    if (row.passwordHash) throw new AppError("CONFLICT", "INVITATION_ACCEPTED");
    if (row.disabledAt) throw new AppError("CONFLICT", "USER_DISABLED");
    const token = await issueAccountToken(tx, userId, "INVITATION", admin.userId, now);
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: admin.userId,
      organisationId: row.organisationId,
      entityType: "user",
      entityId: userId,
      action: "invite",
      changes: {},
    });
    return { user: toUserView(row), token };
  });
}

async function requireOrganisation(tx: Tx, organisationId: string): Promise<void> {
  const found = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!found) throw fieldError("organisationId", "organisationGone");
}

/** An organisation removed while the form was open is that field's problem, not "not found". */
async function withOrganisationErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await withDatabaseErrors(operation, "EMAIL_TAKEN");
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND" && error.reason === "NOT_FOUND")
      throw fieldError("organisationId", "organisationGone");
    throw error;
  }
}

/**
 * Loads the target user in `tx`, applies `change` and records what differs. A change that
 * alters nothing writes nothing.
 */
async function changeUser(
  db: Db,
  actor: SignedInViewer,
  userId: string,
  now: Date,
  action: string,
  change: (tx: Tx, before: Prisma.UserGetPayload<object>) => Promise<Prisma.UserUpdateInput | null>,
): Promise<UserView> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, include: WITH_ORGANISATION });
    if (!before) throw notFound();
    const data = await change(tx, before);
    if (!data) return toUserView(before);
    const after = await tx.user.update({ where: { id: userId }, data, include: WITH_ORGANISATION });
    await recordAuditEventIfChanged(tx, {
      at: now,
      actorUserId: actor.userId,
      organisationId: after.organisationId,
      entityType: "user",
      entityId: userId,
      action,
      changes: diffRecords(userRecord(before), userRecord(after)),
    });
    return toUserView(after);
  });
}

/** Admin only. Takes effect on the user's next request; the last active admin stays an admin. */
export async function setUserRole(db: Db, viewer: Viewer, input: UserRoleInput, now: Date): Promise<UserView> {
  const admin = requireAdmin(viewer);
  const { userId, role } = parseInput(userRoleInputSchema, input);
  return changeUser(db, admin, userId, now, "update", async (tx, before) => {
    if (before.role === role) return null;
    if (role === "MEMBER" && !before.organisationId) {
      throw fieldError("role", MEMBER_NEEDS_ORGANISATION);
    }
    if (before.role === "ADMIN" && !before.disabledAt) await assertAnotherActiveAdmin(tx, userId);
    return { role };
  });
}

/** Admin only. The user is signed out on their next request; nobody can disable themselves. */
export async function disableUser(db: Db, viewer: Viewer, input: UserIdInput, now: Date): Promise<UserView> {
  const admin = requireAdmin(viewer);
  const { userId } = parseInput(userIdInputSchema, input);
  if (userId === admin.userId) throw new AppError("INVALID_INPUT", "CANNOT_DISABLE_SELF");
  return changeUser(db, admin, userId, now, "disable", async (tx, before) => {
    if (before.disabledAt) return null;
    if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    return { disabledAt: now, ...ENDS_SESSIONS };
  });
}

/**
 * Admin only. Moves a user to another organisation, or to none (editors and admins only: a
 * member needs one). Their responses stay with the organisation they were given for.
 */
export async function moveUser(db: Db, viewer: Viewer, input: UserMoveInput, now: Date): Promise<UserView> {
  const admin = requireAdmin(viewer);
  const { userId, organisationId } = parseInput(userMoveInputSchema, input);
  return withOrganisationErrors(() =>
    changeUser(db, admin, userId, now, "move", async (tx, before) => {
      if (before.organisationId === organisationId) return null;
      if (organisationId === null && before.role === "MEMBER") throw fieldError("organisationId", MEMBER_NEEDS_ORGANISATION);
      if (organisationId) await requireOrganisation(tx, organisationId);
      return { organisation: organisationId ? { connect: { id: organisationId } } : { disconnect: true } };
    }),
  );
}

/** Admin only. Lets a disabled user sign in again. */
export async function enableUser(db: Db, viewer: Viewer, input: UserIdInput, now: Date): Promise<UserView> {
  const admin = requireAdmin(viewer);
  const { userId } = parseInput(userIdInputSchema, input);
  return changeUser(db, admin, userId, now, "enable", async (_tx, before) => (before.disabledAt ? { disabledAt: null } : null));
}

/** The signed-in user's own language; null follows the browser again. */
export async function setMyLocale(db: Db, viewer: Viewer, input: LocaleInput, now: Date): Promise<UserView> {
  const me = requireSignedIn(viewer);
  const { locale } = parseInput(localeInputSchema, input);
  return withDatabaseErrors(() =>
    changeUser(db, me, me.userId, now, "update", async (_tx, before) => (before.locale === locale ? null : { locale })),
  );
}
