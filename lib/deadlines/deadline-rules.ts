// The date windows of deadline items (hearings, strategy input, other deadlines). An answer
// is due by the end of the deadline day in Oslo, so a deadline is open while it is today or
// later; `dueOn` holds the deadline for these kinds and is indexed with the kind.
import { DEADLINE_KINDS, type CalendarDate, type ItemKind } from "../model/item";
import { addDays } from "./calendar";
import { dayValue, type DateRule, type ItemWhere, type RuleItem, type RuleMoment } from "./date-rule";

/** How far back a passed deadline without an answer still counts as overdue ("Mine frister", the digest). */
export const OVERDUE_DAYS = 60;
/** How far back the front page lists deadlines that have passed. */
export const RECENTLY_CLOSED_DAYS = 30;
/**
 * How far ahead the weekly digest looks: a window of the digest's own, which its e-mail names
 * ("Stenger de neste 14 dagene"), and which covers two digests. It is not the closing-soon
 * window of the pages (FRISTVAKT_CLOSING_SOON_DAYS), which an installation may change.
 */
const DIGEST_AHEAD_DAYS = 14;

export function isDeadlineKind(kind: ItemKind): boolean {
  return DEADLINE_KINDS.includes(kind);
}

function deadlineOf(item: RuleItem): CalendarDate | null {
  return isDeadlineKind(item.kind) ? item.deadline : null;
}

/** The last day of the closing-soon window: today + closingSoonDays. */
function closingSoonEnd(moment: RuleMoment): CalendarDate {
  return addDays(moment.today, moment.closingSoonDays);
}

type Day = (moment: RuleMoment) => CalendarDate;

/**
 * Deadline items whose deadline lies between `from` and `to`, both included; a bound left
 * out is open. The predicate and the `where` read the same two days.
 */
function deadlineBetween(from: Day | null, to: Day | null): DateRule {
  return {
    matches: (item, moment) => {
      const deadline = deadlineOf(item);
      return deadline !== null && (!from || deadline >= from(moment)) && (!to || deadline <= to(moment));
    },
    where: (moment): ItemWhere => ({
      kind: { in: [...DEADLINE_KINDS] },
      dueOn: { ...(from && { gte: dayValue(from(moment)) }), ...(to && { lte: dayValue(to(moment)) }) },
    }),
  };
}

const today: Day = (moment) => moment.today;
const yesterday: Day = (moment) => addDays(moment.today, -1);

/** Open: the deadline is today or later (open through its whole day). */
export const deadlineOpen = deadlineBetween(today, null);

/** Closing soon: from today to today + closingSoonDays, both included. */
export const closingSoon = deadlineBetween(today, closingSoonEnd);

/** Open, and beyond the closing-soon window. */
export const openLater = deadlineBetween((moment) => addDays(closingSoonEnd(moment), 1), null);

/** Closed: the deadline day has ended in Oslo. */
export const deadlinePassed = deadlineBetween(null, yesterday);

/** Closing from today to today + `days`: a window of its own length (the weekly digest's). */
function closingWithin(days: number): DateRule {
  return deadlineBetween(today, (moment) => addDays(moment.today, days));
}

/** Closed at most `days` ago: from today - days to yesterday. */
export function passedWithin(days: number): DateRule {
  return deadlineBetween((moment) => addDays(moment.today, -days), yesterday);
}

/** The weekly digest's two lists: closing within its own look-ahead, and overdue. */
export const digestClosing = closingWithin(DIGEST_AHEAD_DAYS);
export const digestOverdue = passedWithin(OVERDUE_DAYS);
