// An invitee's side of an admin's invitation: the e-mailed link (valid seven days, used once)
// opens a page where they confirm their name and choose their own password. Runs in the app.
import type { Db } from "../db/prisma";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { AppError, parseInput } from "../errors";
import { findValidAccountToken, voidAccountTokens } from "../auth/account-tokens";
import { invitationAcceptInputSchema, type InvitationAcceptInput } from "./account-schemas";
import { hashPassword } from "../auth/password";

/** Who an invitation is for while it can still be used; null for any other link. */
export async function getInvitationLink(db: Db, token: string, now: Date): Promise<{ email: string; name: string } | null> {
  const found = await db.$transaction((tx) => findValidAccountToken(tx, token, "INVITATION", now));
  return found && { email: found.email, name: found.name };
}

/** Sets the invitee's name and password and uses the link up. */
export async function acceptInvitation(db: Db, input: InvitationAcceptInput, now: Date): Promise<{ userId: string; email: string }> {
  const data = parseInput(invitationAcceptInputSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const link = await findValidAccountToken(tx, data.token, "INVITATION", now, true);
    if (!link) throw new AppError("NOT_FOUND", "LINK_EXPIRED");
    const user = await tx.user.update({ where: { id: link.userId }, data: { passwordHash, name: data.name } });
    await voidAccountTokens(tx, link.userId, now);
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: link.userId,
      organisationId: user.organisationId,
      entityType: "user",
      entityId: link.userId,
      action: "accept_invitation",
      changes: { ...diffRecords({ name: link.name }, { name: data.name }), hasPassword: [link.hasPassword, true] },
    });
    return { userId: link.userId, email: link.email };
  });
}
