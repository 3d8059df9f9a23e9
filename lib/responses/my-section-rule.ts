// The one rule that puts an item in a section of "Mine frister" (or in none). Pure: the
// database queries in my-deadlines.ts express the same rule as `where` clauses, and their
// integration test checks them against this function item by item.
import { addDays } from "../deadlines";
import { deriveSortDates } from "../items/derived-dates";
import type { ItemDates } from "../model/item";
import { DEADLINE_KINDS } from "../model/item";
import { SETTLED_STATUSES, WORKING_STATUSES, type MySectionKey, type ResponseStatus } from "./types";

export interface MySectionContext {
  /** Today in Oslo. */
  today: string;
  now: Date;
  /** A deadline from today to today + closingSoonDays (both included) closes soon. */
  closingSoonDays: number;
  /** An unattended deadline stays overdue this many days after it passed. */
  overdueDays: number;
}

/**
 * The section an item belongs in for an organisation, by its response status:
 * 1. answered or declined: "answered" (done), whatever the dates;
 * 2. otherwise a cancelled item: none;
 * 3. following, planned or in progress: "inProgress" while the deadline is open (through its
 *    whole day) or the seminar is not over; "overdue" once a deadline has passed, however long ago;
 * 4. no status: "closingSoon" when the deadline is open and within closingSoonDays;
 *    "overdue" when it passed at most overdueDays ago; none otherwise (seminars: none).
 */
export function mySectionFor(item: ItemDates, status: ResponseStatus | null, context: MySectionContext): MySectionKey | null {
  if (status && SETTLED_STATUSES.includes(status)) return "answered";
  if (item.cancelledAt !== null) return null;
  const { dueOn, lastOn } = deriveSortDates(item);
  const isWorking = status !== null && WORKING_STATUSES.includes(status);
  if (!DEADLINE_KINDS.includes(item.kind)) {
    const hasEnded =
      lastOn < context.today || (item.startAt !== null && item.endAt !== null && item.endAt.getTime() <= context.now.getTime());
    return isWorking && !hasEnded ? "inProgress" : null;
  }
  const isOpen = dueOn >= context.today;
  if (isWorking) return isOpen ? "inProgress" : "overdue";
  if (isOpen) return dueOn <= addDays(context.today, context.closingSoonDays) ? "closingSoon" : null;
  return dueOn >= addDays(context.today, -context.overdueDays) ? "overdue" : null;
}
