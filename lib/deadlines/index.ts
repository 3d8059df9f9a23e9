// Deadline and status rules: pure, time zone Europe/Oslo, "now" always a parameter.
export { addDays, daysBetween, deadlineEndInstant, osloToday } from "./calendar";
export { DEFAULT_CLOSING_SOON_DAYS, closingSoonDaysFromEnv, currentTime } from "./clock";
export { getCountdown, type Countdown } from "./countdown";
export {
  allOf,
  anyOf,
  cancelled,
  noneOf,
  notCancelled,
  ruleMoment,
  type DateRule,
  type ItemWhere,
  type RuleItem,
  type RuleMoment,
} from "./date-rule";
export {
  DIGEST_AHEAD_DAYS,
  OVERDUE_DAYS,
  RECENTLY_CLOSED_DAYS,
  closingSoon,
  closingSoonEnd,
  closingWithin,
  deadlineOpen,
  deadlinePassed,
  digestClosing,
  digestOverdue,
  isDeadlineKind,
  openLater,
  passedWithin,
} from "./deadline-rules";
export { MIN_HEARING_DAYS, hearingLengthDays, isShortHearing } from "./hearing-length";
export { hasSeminarEnded, seminarLastDay, seminarNotOver, seminarOver } from "./seminar-rules";
export { getSeminarDays, getSeminarInstants } from "./seminar-span";
export { getItemStatus, isCancelled, type ItemStatus } from "./status";
export { ATTENTION_PARTS, DASHBOARD_RULES, STATUS_FILTERS, STATUS_FILTER_RULES, type StatusFilter } from "./status-views";
