import "server-only";
// A signed-in user's own name and password, changed on /profile.
import type { Db } from "../db/prisma";
import { recordAuditEvent, recordAuditEventIfChanged } from "../audit/record";
import { diffRecords } from "../audit/changes";
import { fieldError, notFound, parseInput } from "../errors";
import { nameInputSchema, type NameInput } from "../organisations/schemas";
import { requireSignedIn } from "../auth/access";
import { voidAccountTokens } from "../auth/account-tokens";
import { passwordChangeInputSchema, type PasswordChangeInput } from "./account-schemas";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../auth/password";
import type { Viewer } from "../auth/viewer-types";
import { ENDS_SESSIONS } from "../auth/sessions";

/** The viewer's own display name, used in greetings and "last changed by". */
export async function updateMyName(db: Db, viewer: Viewer, input: NameInput, now: Date): Promise<{ name: string }> {
  const me = requireSignedIn(viewer);
  const { name } = parseInput(nameInputSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: me.userId } });
    if (!before) throw notFound();
    if (before.name === name) return { name };
    await tx.user.update({ where: { id: me.userId }, data: { name } });
    await recordAuditEventIfChanged(tx, {
      at: now,
      actorUserId: me.userId,
      organisationId: before.organisationId,
      entityType: "user",
      entityId: me.userId,
      action: "update",
      changes: diffRecords({ name: before.name }, { name }),
    });
    return { name };
  });
}

/**
 * The viewer's own new password, given the current one (a user who has none yet, signed in
 * through OpenID Connect, sets one without). A wrong current password is a field problem on
 * `currentPassword`; open reset and invitation links stop working.
 */
export async function changeMyPassword(db: Db, viewer: Viewer, input: PasswordChangeInput, now: Date): Promise<void> {
  const me = requireSignedIn(viewer);
  const data = parseInput(passwordChangeInputSchema, input);
  const user = await db.user.findUnique({ where: { id: me.userId }, select: { passwordHash: true } });
  if (!user) throw notFound();
  const isCurrentRight = user.passwordHash
    ? await verifyPassword(user.passwordHash, data.currentPassword)
    : await verifyAgainstDummy(data.currentPassword).then(() => true);
  if (!isCurrentRight) throw fieldError("currentPassword", "passwordWrong");
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    // Compared again under the write: a change made meanwhile elsewhere is not overwritten blindly.
    const { count } = await tx.user.updateMany({
      where: { id: me.userId, passwordHash: user.passwordHash },
      data: { passwordHash, ...ENDS_SESSIONS },
    });
    if (count !== 1) throw fieldError("currentPassword", "passwordWrong");
    await voidAccountTokens(tx, me.userId, now);
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: me.userId,
      entityType: "user",
      entityId: me.userId,
      action: "password_change",
      changes: {},
    });
  });
}
