import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { requireAdmin, requireSignedIn } from "../auth/access";
import { hashPassword } from "../auth/password";
import type { SignedInViewer, Viewer } from "../auth/viewer-types";
import { diffRecords } from "../audit/changes";
import { recordAuditEventIfChanged } from "../audit/record";
import { AppError, NOT_FOUND_MESSAGE, parseInput, withDatabaseErrors } from "../errors";
import { toUserView, userRecord } from "./records";
import {
  localeInputSchema,
  MEMBER_NEEDS_ORGANISATION,
  userIdInputSchema,
  userInputSchema,
  userRoleInputSchema,
  type LocaleInput,
  type UserIdInput,
  type UserInput,
  type UserRoleInput,
} from "./schemas";
import type { UserView } from "./types";
import { assertAnotherActiveAdmin, insertUser, USER_EXISTS_MESSAGE } from "./user-rows";

type Tx = Prisma.TransactionClient;
const WITH_ORGANISATION = { organisation: { select: { name: true } } } as const;

/** Admin only. The password is hashed here; an unknown organisation answers NOT_FOUND. */
export async function createUser(db: Db, viewer: Viewer, input: UserInput, now: Date): Promise<UserView> {
  const admin = requireAdmin(viewer);
  const data = parseInput(userInputSchema, input);
  const passwordHash = data.password === null ? null : await hashPassword(data.password);
  const user = { email: data.email, name: data.name, passwordHash, role: data.role, organisationId: data.organisationId };
  return withDatabaseErrors(() => db.$transaction((tx) => insertUser(tx, user, admin.userId, now)), USER_EXISTS_MESSAGE);
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
    if (!before) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
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
      throw new AppError("INVALID_INPUT", MEMBER_NEEDS_ORGANISATION, { role: [MEMBER_NEEDS_ORGANISATION] });
    }
    if (before.role === "ADMIN" && !before.disabledAt) await assertAnotherActiveAdmin(tx, userId);
    return { role };
  });
}

/** Admin only. The user is signed out on their next request; nobody can disable themselves. */
export async function disableUser(db: Db, viewer: Viewer, input: UserIdInput, now: Date): Promise<UserView> {
  const admin = requireAdmin(viewer);
  const { userId } = parseInput(userIdInputSchema, input);
  if (userId === admin.userId) throw new AppError("INVALID_INPUT", "Du kan ikke deaktivere deg selv.");
  return changeUser(db, admin, userId, now, "disable", async (tx, before) => {
    if (before.disabledAt) return null;
    if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    return { disabledAt: now };
  });
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
