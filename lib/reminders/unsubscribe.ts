import "server-only";
import type { Db } from "../db/prisma";
import { diffRecords, hasChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { AppError } from "../errors";
import { settingsRecord, toReminderSettings } from "./preference-records";
import type { ReminderSettings } from "./types";
import { checkUnsubscribeToken, type UnsubscribePurpose } from "./unsubscribe-token";

const INVALID_LINK = "INVALID_LINK";

export interface UnsubscribeTarget {
  purpose: UnsubscribePurpose;
  email: string;
  /** True when what the link stops is already off. */
  isOff: boolean;
}

function isOffFor(settings: ReminderSettings, purpose: UnsubscribePurpose): boolean {
  return purpose === "digest" ? !settings.isDigestOn : !settings.isRemindersOn && !settings.isInternalDeadlineReminderOn;
}

function switchedOff(settings: ReminderSettings, purpose: UnsubscribePurpose): ReminderSettings {
  return purpose === "digest"
    ? { ...settings, isDigestOn: false }
    : { ...settings, isRemindersOn: false, isInternalDeadlineReminderOn: false };
}

/**
 * Whom and what a link's token is for at `now`; "expired" for one of ours more than a year
 * old; null for a token that is not ours or a user who is gone.
 */
export async function getUnsubscribeTarget(
  db: Db,
  secret: string,
  token: string,
  now: Date,
): Promise<UnsubscribeTarget | "expired" | null> {
  const verified = checkUnsubscribeToken(secret, token, now);
  if (!verified.isValid) return verified.reason === "expired" ? "expired" : null;
  const user = await db.user.findUnique({ where: { id: verified.userId }, include: { reminderPreference: true } });
  if (!user) return null;
  return { purpose: verified.purpose, email: user.email, isOff: isOffFor(toReminderSettings(user.reminderPreference), verified.purpose) };
}

/**
 * Switches off what the token's purpose names ("reminders": both kinds of reminder;
 * "digest": the weekly digest), without a session: the signed token is the proof. Doing it
 * twice is harmless. The audit row names the user as the one who acted.
 */
export async function unsubscribeByToken(db: Db, secret: string, token: string, now: Date): Promise<UnsubscribeTarget> {
  const verified = checkUnsubscribeToken(secret, token, now);
  if (!verified.isValid) throw new AppError("NOT_FOUND", verified.reason === "expired" ? "UNSUBSCRIBE_LINK_EXPIRED" : INVALID_LINK);
  const { userId, purpose } = verified;
  return db.$transaction(async (tx) => {
    // Two plain reads rather than an include, which Prisma would run side by side.
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, organisationId: true } });
    if (!user) throw new AppError("NOT_FOUND", INVALID_LINK);
    const before = toReminderSettings(await tx.reminderPreference.findUnique({ where: { userId } }));
    const after = switchedOff(before, purpose);
    const changes = diffRecords(settingsRecord(before), settingsRecord(after));
    if (hasChanges(changes)) {
      await tx.reminderPreference.upsert({
        where: { userId },
        create: { userId, ...after, updatedAt: now },
        update: { ...after, updatedAt: now },
      });
      await recordAuditEvent(tx, {
        at: now,
        actorUserId: userId,
        organisationId: user.organisationId,
        entityType: "user",
        entityId: userId,
        action: "unsubscribe",
        changes,
      });
    }
    return { purpose, email: user.email, isOff: true };
  });
}
