// The views that filter items by status or date window, each one rule (date-rule.ts): the
// list's status filter (the pages, the JSON API and the feeds), the list's default order and
// the front page's sections. Queries take the `where`; tests and pages the predicate.
import { allOf, cancelled, noneOf, notCancelled, type DateRule } from "./date-rule";
import { closingSoon, deadlineOpen, deadlinePassed, openLater, passedWithin, RECENTLY_CLOSED_DAYS } from "./deadline-rules";
import { seminarNotOver, seminarOver } from "./seminar-rules";

export const STATUS_FILTERS = ["open", "closing_soon", "closed", "upcoming", "past", "cancelled"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/**
 * What each status filter shows. Cancelled items leave the views of what is still to come
 * (open, closing soon, upcoming) and have a view of their own; closed deadlines and past
 * seminars include them, as history.
 */
export const STATUS_FILTER_RULES: Record<StatusFilter, DateRule> = {
  open: allOf(notCancelled, deadlineOpen),
  closing_soon: allOf(notCancelled, closingSoon),
  closed: deadlinePassed,
  upcoming: allOf(notCancelled, seminarNotOver),
  past: seminarOver,
  cancelled,
};

/** The list's default order, in three parts: open deadlines, seminars to come, then the rest. */
export const ATTENTION_PARTS: readonly DateRule[] = [
  STATUS_FILTER_RULES.open,
  STATUS_FILTER_RULES.upcoming,
  noneOf(STATUS_FILTER_RULES.open, STATUS_FILTER_RULES.upcoming),
];

/** The front page's sections; cancelled items appear in none. */
export const DASHBOARD_RULES = {
  closingSoon: allOf(notCancelled, closingSoon),
  laterOpen: allOf(notCancelled, openLater),
  upcomingSeminars: allOf(notCancelled, seminarNotOver),
  recentlyClosed: allOf(notCancelled, passedWithin(RECENTLY_CLOSED_DAYS)),
} satisfies Record<string, DateRule>;
