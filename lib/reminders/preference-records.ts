// A preference row as reminder settings, and back. Pure apart from the generated types.
import type { ReminderPreference } from "../db/generated/client";
import type { AuditRecord } from "../audit/changes";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "./types";

/** The user's settings; a user without a row has the defaults. */
export function toReminderSettings(row: ReminderPreference | null): ReminderSettings {
  if (!row) return DEFAULT_REMINDER_SETTINGS;
  return {
    isRemindersOn: row.isRemindersOn,
    daysBefore: [...(row.daysBefore ?? [])].sort((a, b) => b - a),
    isInternalDeadlineReminderOn: row.isInternalDeadlineReminderOn,
    isDigestOn: row.isDigestOn,
    digestWeekday: row.digestWeekday,
    digestTime: row.digestTime,
    actorSlugs: row.actorSlugs ?? [],
    topicSlugs: row.topicSlugs ?? [],
    kinds: row.kinds ?? [],
  };
}

/** Settings as an audit row records them: lists as comma-separated text. */
export function settingsRecord(settings: ReminderSettings): AuditRecord {
  return {
    isRemindersOn: settings.isRemindersOn,
    daysBefore: settings.daysBefore.join(","),
    isInternalDeadlineReminderOn: settings.isInternalDeadlineReminderOn,
    isDigestOn: settings.isDigestOn,
    digestWeekday: settings.digestWeekday,
    digestTime: settings.digestTime,
    actorSlugs: settings.actorSlugs.join(","),
    topicSlugs: settings.topicSlugs.join(","),
    kinds: settings.kinds.join(","),
  };
}
