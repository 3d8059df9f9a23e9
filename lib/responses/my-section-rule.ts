// The one rule that puts an item in a section of "Mine frister" (or in none). Pure: it is built
// from the date rules of lib/deadlines. The page reads its sections in one SQL statement whose
// conditions (my-section-sql.ts) say the same; queries.test.ts checks them against this
// function item by item, and my-deadlines-agree.test.ts for random items and moments.
import { closingSoon, deadlineOpen, isDeadlineKind, passedWithin, seminarNotOver, type RuleMoment } from "../deadlines";
import type { ItemDates } from "../model/item";
import { SETTLED_STATUSES, WORKING_STATUSES, type MySectionKey, type ResponseStatus } from "./types";

export interface MySectionContext extends RuleMoment {
  /** An unattended deadline stays overdue this many days after it passed. */
  overdueDays: number;
}

/**
 * The section an item belongs in for an organisation, by its response status:
 * 1. answered or declined: "answered" (done), whatever the dates;
 * 2. otherwise a cancelled item: none;
 * 3. following, planned or in progress: "inProgress" while the deadline is open (through its
 *    whole day) or the seminar is not over (as in the "upcoming" list); "overdue" once a
 *    deadline has passed, however long ago;
 * 4. no status: "closingSoon" when the deadline is open and within closingSoonDays;
 *    "overdue" when it passed at most overdueDays ago; none otherwise (seminars: none).
 */
export function mySectionFor(item: ItemDates, status: ResponseStatus | null, context: MySectionContext): MySectionKey | null {
  if (status && SETTLED_STATUSES.includes(status)) return "answered";
  if (item.cancelledAt !== null) return null;
  const isWorking = status !== null && WORKING_STATUSES.includes(status);
  if (!isDeadlineKind(item.kind)) return isWorking && seminarNotOver.matches(item, context) ? "inProgress" : null;
  const isOpen = deadlineOpen.matches(item, context);
  if (isWorking) return isOpen ? "inProgress" : "overdue";
  if (isOpen) return closingSoon.matches(item, context) ? "closingSoon" : null;
  return passedWithin(context.overdueDays).matches(item, context) ? "overdue" : null;
}
