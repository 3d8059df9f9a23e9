import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { addDays, DEFAULT_CLOSING_SOON_DAYS, getItemStatus, osloToday } from "../deadlines";
import { fromCalendarDate } from "../items/calendar-date";
import { ITEM_INCLUDE, toItemView } from "../items/item-view";
import { DEADLINE_KINDS } from "../items/types";
import { RESPONSE_INCLUDE, toResponseView } from "./records";
import { SETTLED_STATUSES, type ItemWithResponse, type MyDeadlines } from "./types";

export const DEFAULT_OVERDUE_DAYS = 60;
const SECTION_LIMIT = 100;

export interface MyDeadlinesOptions {
  /** How far back a closed, unanswered item still counts as overdue. */
  overdueDays?: number;
  closingSoonDays?: number;
}

/**
 * The viewer's organisation's "Mine frister", as of `now` in Oslo, with the same boundaries
 * as lib/deadlines: a deadline is open through its whole day, closing soon from today to
 * today + closingSoonDays (both included), and closed from the next day. Cancelled items are
 * neither overdue nor closing soon.
 */
export async function getMyDeadlines(db: Db, viewer: Viewer, now: Date, options: MyDeadlinesOptions = {}): Promise<MyDeadlines> {
  const { organisationId } = requireOrganisationMember(viewer);
  const closingSoonDays = options.closingSoonDays ?? DEFAULT_CLOSING_SOON_DAYS;
  const today = osloToday(now);
  const include = { ...ITEM_INCLUDE, responses: { where: { organisationId }, include: RESPONSE_INCLUDE } };
  const open = { kind: { in: [...DEADLINE_KINDS] }, cancelledAt: null };
  const unsettled = { responses: { none: { organisationId, status: { in: [...SETTLED_STATUSES] } } } };
  const find = (where: Prisma.ItemWhereInput, orderBy: Prisma.ItemOrderByWithRelationInput[]) =>
    db.item.findMany({ where, include, orderBy, take: SECTION_LIMIT }).then((rows) =>
      rows.map(
        (row): ItemWithResponse => ({
          item: toItemView(row),
          response: row.responses[0] ? toResponseView(row.responses[0]) : null,
        }),
      ),
    );
  const mine = (statuses: ("PLANNED" | "IN_PROGRESS" | "ANSWERED")[]) => ({
    responses: { some: { organisationId, status: { in: statuses } } },
  });

  const overdueSince = fromCalendarDate(addDays(today, -(options.overdueDays ?? DEFAULT_OVERDUE_DAYS)));
  const soonEnd = fromCalendarDate(addDays(today, closingSoonDays));
  const todayDate = fromCalendarDate(today);
  const [overdue, closingSoon, working, answered] = await Promise.all([
    // dueOn is the deadline for these kinds, and is indexed (see lib/items/queries.ts).
    find({ ...open, ...unsettled, dueOn: { gte: overdueSince, lt: todayDate } }, [{ dueOn: "desc" }, { title: "asc" }]),
    find({ ...open, ...unsettled, dueOn: { gte: todayDate, lte: soonEnd } }, [{ dueOn: "asc" }, { title: "asc" }]),
    find({ ...mine(["PLANNED", "IN_PROGRESS"]), lastOn: { gte: todayDate } }, [{ dueOn: "asc" }, { title: "asc" }]),
    find(mine(["ANSWERED"]), [{ dueOn: "desc" }, { title: "asc" }]),
  ]);
  const listed = new Set(closingSoon.map((entry) => entry.item.id));
  const inProgress = working.filter(({ item }) => {
    const status = getItemStatus(item, now, closingSoonDays);
    return !listed.has(item.id) && status !== "CLOSED" && status !== "PAST";
  });
  // Most recent answer first; answers without a date after those with one.
  answered.sort((a, b) => (b.response?.answeredOn ?? "").localeCompare(a.response?.answeredOn ?? ""));
  return { overdue, closingSoon, inProgress, answered };
}
