// Loads what the selection needs for the planning step. Runs in `npm start`
// and `npm run reminders` outside Next.js, so it carries no "server-only" marker.
import type { Db } from "../db/prisma";
import { addDays, OVERDUE_DAYS, osloToday } from "../deadlines";
import { isLocale } from "../i18n/locale";
import { fromCalendarDate, toCalendarDateOrNull } from "../model/calendar-date";
import { ITEM_INCLUDE, toItemView } from "../items/item-view";
import { DEADLINE_KINDS, type ItemView } from "../model/item";
import { toReminderSettings } from "./preference-records";
import type { PreferencesByUser } from "./select";
import { listSources } from "../sources/queries";
import { MAX_DAYS_BEFORE, type QuietSource, type ReminderMember, type ReminderResponse } from "./types";

export interface ReminderData {
  members: ReminderMember[];
  items: ItemView[];
  responses: ReminderResponse[];
  preferences: PreferencesByUser;
  /** Sources with nothing new for a week, for the editors' digest. */
  quietSources: QuietSource[];
}

// Wide enough for every rule in select.ts: the largest offset ahead, the digest's overdue
// window (OVERDUE_DAYS) behind, and a week of new items.
const NEW_ITEM_MS = 7 * 24 * 60 * 60 * 1000;

/** Active users who belong to an organisation, the items any rule may pick, and their organisations' responses. */
export async function loadReminderData(db: Db, now: Date): Promise<ReminderData> {
  const today = osloToday(now);
  const users = await db.user.findMany({
    where: { organisationId: { not: null }, disabledAt: null },
    include: { organisation: { select: { name: true } }, reminderPreference: true },
    orderBy: { id: "asc" },
  });
  const members: ReminderMember[] = users.map((user) => ({
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: isLocale(user.locale) ? user.locale : "nb",
    organisationId: user.organisationId!,
    organisationName: user.organisation?.name ?? "",
    isEditor: user.role !== "MEMBER",
  }));
  const organisationIds = [...new Set(members.map((member) => member.organisationId))];
  const rows = await db.item.findMany({
    where: {
      cancelledAt: null,
      OR: [
        {
          kind: { in: [...DEADLINE_KINDS] },
          deadline: { gte: fromCalendarDate(addDays(today, -OVERDUE_DAYS)), lte: fromCalendarDate(addDays(today, MAX_DAYS_BEFORE + 1)) },
        },
        { createdAt: { gte: new Date(now.getTime() - NEW_ITEM_MS) } },
        // An internal deadline may be near while the official one is far off.
        { responses: { some: { organisationId: { in: organisationIds }, internalDeadline: { gte: fromCalendarDate(today) } } } },
      ],
    },
    include: ITEM_INCLUDE,
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  const items = rows.map(toItemView);
  const responseRows = await db.response.findMany({
    where: { organisationId: { in: organisationIds }, itemId: { in: items.map((item) => item.id) } },
    select: { organisationId: true, itemId: true, status: true, internalDeadline: true, responsibleUserId: true },
  });
  const responses = responseRows.map((row) => ({ ...row, internalDeadline: toCalendarDateOrNull(row.internalDeadline) }));
  const preferences = new Map(users.map((user) => [user.id, toReminderSettings(user.reminderPreference)]));
  const quietSources = (await listSources(db, now))
    .filter((source) => source.isQuiet)
    .map((source) => ({ name: source.name, lastError: source.lastError }));
  return { members, items, responses, preferences, quietSources };
}
