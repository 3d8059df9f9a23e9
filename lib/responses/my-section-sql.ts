// The sections of "Mine frister" as SQL conditions, for my-deadlines.ts: the rule of
// my-section-rule.ts (mySectionFor), written once per section as one expression over `i` (an
// item) and `r` (the organisation's response to it, left-joined: null when it has none). The
// integration test in queries.test.ts checks them against mySectionFor item by item, and the
// property test in my-deadlines-agree.test.ts for random items, responses and moments.
import { Prisma } from "../db/generated/client";
import { DEADLINE_KINDS } from "../model/item";
import type { CalendarDate } from "../model/item";
import { SETTLED_STATUSES, WORKING_STATUSES, type MySectionKey } from "./types";

export interface MySectionBounds {
  organisationId: string;
  now: Date;
  today: CalendarDate;
  /** The last day that still closes soon (today + closingSoonDays). */
  soonEnd: CalendarDate;
  /** The first day an unattended deadline is still overdue (today − overdueDays). */
  overdueSince: CalendarDate;
}

const deadlineKinds = Prisma.sql`i.kind::text IN (${Prisma.join([...DEADLINE_KINDS])})`;
const isWorking = Prisma.sql`r.status::text IN (${Prisma.join([...WORKING_STATUSES])})`;
const isSettled = Prisma.sql`r.status::text IN (${Prisma.join([...SETTLED_STATUSES])})`;

/** The condition that puts an item in `section`; dueOn is the deadline for deadline kinds, and is indexed. */
export function mySectionWhere(section: MySectionKey, { organisationId, now, today, soonEnd, overdueSince }: MySectionBounds): Prisma.Sql {
  switch (section) {
    case "overdue":
      // The last line only repeats the one before in terms an index can use (the organisation's
      // working items by id, the recent ones by date), so that not every past item is read.
      return Prisma.sql`(${deadlineKinds} AND i.cancelled_at IS NULL AND i.due_on < ${today}::date
        AND (${isWorking} OR (r.id IS NULL AND i.due_on >= ${overdueSince}::date))
        AND (i.due_on >= ${overdueSince}::date OR i.id = ANY(ARRAY(
          SELECT w.item_id FROM response w WHERE w.organisation_id = ${organisationId}::uuid AND w.status::text IN (${Prisma.join([...WORKING_STATUSES])})))))`;
    case "closingSoon":
      return Prisma.sql`(${deadlineKinds} AND i.cancelled_at IS NULL AND r.id IS NULL
        AND i.due_on BETWEEN ${today}::date AND ${soonEnd}::date)`;
    case "inProgress":
      // A seminar until it is over, as seminarNotOver (lib/deadlines/seminar-rules.ts) says: a
      // timed one with an end at that end, even past midnight; any other when its last day ends.
      return Prisma.sql`(${isWorking} AND i.cancelled_at IS NULL AND (
        (${deadlineKinds} AND i.due_on >= ${today}::date)
        OR (i.kind::text = 'SEMINAR' AND (
          (i.start_at IS NOT NULL AND i.end_at IS NOT NULL AND i.end_at > ${now}::timestamptz)
          OR ((i.start_at IS NULL OR i.end_at IS NULL) AND i.last_on >= ${today}::date)))))`;
    case "answered":
      return isSettled;
  }
}

/** Each section's order: nearest deadline first, the most recent first for what has passed or been answered. */
export const MY_SECTION_ORDER: Record<MySectionKey, Prisma.Sql> = {
  overdue: Prisma.sql`i.due_on DESC, i.title ASC, i.id ASC`,
  closingSoon: Prisma.sql`i.due_on ASC, i.title ASC, i.id ASC`,
  inProgress: Prisma.sql`i.due_on ASC, i.title ASC, i.id ASC`,
  // Answers without a date after those with one.
  answered: Prisma.sql`r.answered_on DESC NULLS LAST, i.due_on DESC, r.id ASC`,
};
