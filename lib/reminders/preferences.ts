import "server-only";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { diffRecords, hasChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { fieldError, parseInput } from "../errors";
import { settingsRecord, toReminderSettings } from "./preference-records";
import { reminderPreferencesInputSchema, type ReminderPreferencesInput } from "./schemas";
import type { ReminderSettings } from "./types";

/** The viewer's reminder settings; the defaults until they save their own. */
export async function getMyReminderPreferences(db: Db, viewer: Viewer): Promise<ReminderSettings> {
  const { viewer: member } = requireOrganisationMember(viewer);
  return toReminderSettings(await db.reminderPreference.findUnique({ where: { userId: member.userId } }));
}

/**
 * Saves the viewer's own reminder settings, for members of an organisation (reminders are
 * about its deadlines). Actors and topics must exist. One audit row when something changed;
 * saving the same settings again writes nothing.
 */
export async function saveMyReminderPreferences(
  db: Db,
  viewer: Viewer,
  input: ReminderPreferencesInput,
  now: Date,
): Promise<ReminderSettings> {
  const { viewer: member, organisationId } = requireOrganisationMember(viewer);
  const data = parseInput(reminderPreferencesInputSchema, input);
  return db.$transaction(async (tx) => {
    // One after the other: a transaction's connection runs one query at a time.
    const actors = await tx.actor.count({ where: { slug: { in: data.actorSlugs } } });
    const topics = await tx.topic.count({ where: { slug: { in: data.topicSlugs } } });
    if (actors !== data.actorSlugs.length) throw fieldError("actorSlugs", "actorGone");
    if (topics !== data.topicSlugs.length) throw fieldError("topicSlugs", "topicGone");
    const before = toReminderSettings(await tx.reminderPreference.findUnique({ where: { userId: member.userId } }));
    const changes = diffRecords(settingsRecord(before), settingsRecord(data));
    if (!hasChanges(changes)) return before;
    const row = await tx.reminderPreference.upsert({
      where: { userId: member.userId },
      create: { userId: member.userId, ...data, updatedAt: now },
      update: { ...data, updatedAt: now },
    });
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: member.userId,
      organisationId,
      entityType: "user",
      entityId: member.userId,
      action: "update_reminders",
      changes,
    });
    return toReminderSettings(row);
  });
}
