// Which e-mails are due at `now`: a pure function of members, items, responses and
// preferences, so that the rules are tested without a database or a clock. Days are Oslo
// days; instants are compared as instants, so a server in another zone gets the same answer.
import { addDays, deadlineEndInstant, digestClosing, digestOverdue, isDeadlineKind, osloToday, ruleMoment } from "../deadlines";
import { osloInstant } from "../model/calendar-date";
import type { CalendarDate, ItemView } from "../model/item";
import { SETTLED_STATUSES } from "../responses/types";
import {
  DEFAULT_REMINDER_SETTINGS,
  type DueDigest,
  type DueReminder,
  type QuietSource,
  type ReminderKind,
  type ReminderMember,
  type ReminderResponse,
  type ReminderSettings,
} from "./types";

/** Reminders go out from this Oslo wall-clock time on their day, not at midnight. */
export const REMINDER_SEND_TIME = "07:00";
/** A digest missed for longer than this (the scheduler was down) is skipped, not sent late. */
const DIGEST_WINDOW_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export type PreferencesByUser = ReadonlyMap<string, ReminderSettings>;

function settingsOf(preferences: PreferencesByUser, userId: string): ReminderSettings {
  return preferences.get(userId) ?? DEFAULT_REMINDER_SETTINGS;
}

function matchesFilters(item: ItemView, settings: ReminderSettings): boolean {
  if (settings.actorSlugs.length > 0 && !settings.actorSlugs.includes(item.actor.slug)) return false;
  if (settings.topicSlugs.length > 0 && !item.topics.some((topic) => settings.topicSlugs.includes(topic.slug))) return false;
  return settings.kinds.length === 0 || settings.kinds.includes(item.kind);
}

/**
 * Whether a member is the one to remind about a response: everyone in the organisation, unless
 * a colleague is named responsible and is still among the active members, then only them.
 */
function isReminded(member: ReminderMember, response: ReminderResponse | null, activeUserIds: ReadonlySet<string>): boolean {
  const responsible = response?.responsibleUserId;
  if (!responsible || !activeUserIds.has(responsible)) return true;
  return responsible === member.userId;
}

function indexResponses(responses: readonly ReminderResponse[]): Map<string, ReminderResponse> {
  return new Map(responses.map((response) => [`${response.organisationId}:${response.itemId}`, response]));
}

/** Open deadline items: a deadline kind, a deadline, not cancelled. */
function hasOpenDeadline(item: ItemView): item is ItemView & { deadline: CalendarDate } {
  return isDeadlineKind(item.kind) && item.deadline !== null && item.cancelledAt === null;
}

/**
 * The offset whose reminder is due for a date: of the offsets whose day (at the send time)
 * has come, the smallest, so that a scheduler that was down sends the latest reminder only.
 * None once the date has ended in Oslo.
 */
export function dueOffset(target: CalendarDate, daysBefore: readonly number[], now: Date): number | null {
  if (now.getTime() >= deadlineEndInstant(target).getTime()) return null;
  const due = daysBefore.filter((days) => osloInstant(addDays(target, -days), REMINDER_SEND_TIME).getTime() <= now.getTime());
  return due.length > 0 ? Math.min(...due) : null;
}

/**
 * Reminders due at `now` for items each member's organisation has neither answered nor
 * declined; for an item with a responsible colleague, to that colleague only.
 */
export function selectReminders(
  members: readonly ReminderMember[],
  items: readonly ItemView[],
  responses: readonly ReminderResponse[],
  preferences: PreferencesByUser,
  now: Date,
): DueReminder[] {
  const byPair = indexResponses(responses);
  const activeUserIds = new Set(members.map((member) => member.userId));
  const due: DueReminder[] = [];
  for (const member of members) {
    const settings = settingsOf(preferences, member.userId);
    if (!settings.isRemindersOn && !settings.isInternalDeadlineReminderOn) continue;
    for (const item of items) {
      if (!hasOpenDeadline(item) || !matchesFilters(item, settings)) continue;
      const response = byPair.get(`${member.organisationId}:${item.id}`) ?? null;
      if (response && SETTLED_STATUSES.includes(response.status)) continue;
      if (!isReminded(member, response, activeUserIds)) continue;
      const add = (kind: ReminderKind, dueOn: CalendarDate) => {
        const offsetDays = dueOffset(dueOn, settings.daysBefore, now);
        if (offsetDays === null) return;
        const prefix = kind === "REMINDER" ? "reminder" : "internal";
        const dedupeKey = `${prefix}:${member.userId}:${item.id}:${dueOn}:${offsetDays}`;
        due.push({ kind, member, item, offsetDays, dueOn, responseStatus: response?.status ?? null, dedupeKey });
      };
      if (settings.isRemindersOn) add("REMINDER", item.deadline);
      if (settings.isInternalDeadlineReminderOn && response?.internalDeadline) add("INTERNAL_REMINDER", response.internalDeadline);
    }
  }
  return due;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
function isoWeekday(date: CalendarDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The day of the member's latest digest at or before `now`, if it is still within its window. */
export function dueDigestDay(settings: ReminderSettings, now: Date): CalendarDate | null {
  const today = osloToday(now);
  let day = addDays(today, -((isoWeekday(today) - settings.digestWeekday + 7) % 7));
  if (osloInstant(day, settings.digestTime).getTime() > now.getTime()) day = addDays(day, -7);
  const elapsed = now.getTime() - osloInstant(day, settings.digestTime).getTime();
  return elapsed < DIGEST_WINDOW_MS ? day : null;
}

const soonestFirst = (a: ItemView, b: ItemView) =>
  (a.deadline ?? a.startOn ?? "").localeCompare(b.deadline ?? b.startOn ?? "") || a.title.localeCompare(b.title, "nb");

/**
 * Weekly digests due at `now`: what closes in the next DIGEST_AHEAD_DAYS (today included) and
 * what is overdue (closed within OVERDUE_DAYS, as in "Mine frister"), both without the
 * organisation's answer, and what was added in the last seven days. A member with nothing in any section gets no digest.
 */
export function selectDigests(
  members: readonly ReminderMember[],
  items: readonly ItemView[],
  responses: readonly ReminderResponse[],
  preferences: PreferencesByUser,
  now: Date,
  quietSources: readonly QuietSource[] = [],
): DueDigest[] {
  const byPair = indexResponses(responses);
  const moment = ruleMoment(now);
  const digests: DueDigest[] = [];
  for (const member of members) {
    const settings = settingsOf(preferences, member.userId);
    const digestOn = settings.isDigestOn ? dueDigestDay(settings, now) : null;
    if (!digestOn) continue;
    const mine = items.filter((item) => matchesFilters(item, settings));
    const unsettled = mine.filter(hasOpenDeadline).filter((item) => {
      const status = byPair.get(`${member.organisationId}:${item.id}`)?.status;
      return !status || !SETTLED_STATUSES.includes(status);
    });
    const closingSoon = unsettled.filter((item) => digestClosing.matches(item, moment)).sort(soonestFirst);
    const overdue = unsettled
      .filter((item) => digestOverdue.matches(item, moment))
      .sort(soonestFirst)
      .reverse();
    const listed = new Set(closingSoon.map((item) => item.id));
    const newItems = mine
      .filter((item) => item.cancelledAt === null && !listed.has(item.id))
      .filter((item) => item.createdAt.getTime() <= now.getTime() && now.getTime() - item.createdAt.getTime() < WEEK_MS)
      .sort(soonestFirst);
    const quiet = member.isEditor ? [...quietSources] : [];
    if (closingSoon.length + newItems.length + overdue.length + quiet.length === 0) continue;
    digests.push({
      member,
      digestOn,
      closingSoon,
      newItems,
      overdue,
      quietSources: quiet,
      dedupeKey: `digest:${member.userId}:${digestOn}`,
    });
  }
  return digests;
}
