// Reminder and digest shapes, shared by the pure selection, the e-mail texts, the profile form
// and the scheduler. Pure: no Prisma, no session.
import type { Locale } from "../i18n/locale";
import type { CalendarDate, ItemKind, ItemView } from "../model/item";
import type { ResponseStatus } from "../responses/types";

/** A user's reminder choices; empty filter lists mean "everything". */
export interface ReminderSettings {
  isRemindersOn: boolean;
  /** Days before a deadline, largest first, no repeats. */
  daysBefore: number[];
  isInternalDeadlineReminderOn: boolean;
  isDigestOn: boolean;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  digestWeekday: number;
  /** Oslo wall-clock time, "HH:MM". */
  digestTime: string;
  actorSlugs: string[];
  topicSlugs: string[];
  kinds: ItemKind[];
}

/** What a member gets without having chosen: both on, 14 and 3 days before, Monday 08:00. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = Object.freeze({
  isRemindersOn: true,
  daysBefore: [14, 3],
  isInternalDeadlineReminderOn: true,
  isDigestOn: true,
  digestWeekday: 1,
  digestTime: "08:00",
  actorSlugs: [],
  topicSlugs: [],
  kinds: [],
}) as ReminderSettings;

export const MAX_DAYS_BEFORE = 90;
export const MAX_OFFSETS = 6;

/** A person who may get e-mails: an active user who belongs to an organisation. */
export interface ReminderMember {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  organisationId: string;
  organisationName: string;
  /** Editors and admins also hear of sources that have gone quiet. */
  isEditor?: boolean;
}

/** A polled source that has yielded nothing new for a week (see lib/sources/queries.ts). */
export interface QuietSource {
  name: string;
  lastError: string | null;
}

/** An organisation's response, as far as reminders care. */
export interface ReminderResponse {
  organisationId: string;
  itemId: string;
  status: ResponseStatus;
  internalDeadline: CalendarDate | null;
  /** The colleague named to answer: when set (and still an active member), only they are reminded. */
  responsibleUserId?: string | null;
}

export type ReminderKind = "REMINDER" | "INTERNAL_REMINDER";

export interface DueReminder {
  kind: ReminderKind;
  member: ReminderMember;
  item: ItemView;
  /** The configured offset this reminder stands for. */
  offsetDays: number;
  /** The date counted down to: the item's deadline, or the organisation's internal deadline. */
  dueOn: CalendarDate;
  /** The organisation's response status, or null when it has none. */
  responseStatus: ResponseStatus | null;
  dedupeKey: string;
}

export interface DueDigest {
  member: ReminderMember;
  /** The Oslo day the digest is for; one digest per member and day. */
  digestOn: CalendarDate;
  closingSoon: ItemView[];
  newItems: ItemView[];
  overdue: ItemView[];
  /** For editors: sources that have yielded nothing for a week. */
  quietSources?: QuietSource[];
  dedupeKey: string;
}
