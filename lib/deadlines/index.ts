// Deadline and status rules: pure, time zone Europe/Oslo, "now" always a parameter.
export { addDays, daysBetween, deadlineEndInstant, osloToday } from "./calendar";
export { DEFAULT_CLOSING_SOON_DAYS, closingSoonDaysFromEnv, currentTime } from "./clock";
export { getCountdown, type Countdown } from "./countdown";
export { noneOf, ruleMoment, type DateRule, type RuleItem, type RuleMoment } from "./date-rule";
export {
  OVERDUE_DAYS,
  closingSoon,
  deadlineOpen,
  deadlinePassed,
  digestClosing,
  digestOverdue,
  isDeadlineKind,
  openLater,
  passedWithin,
} from "./deadline-rules";
export { hearingLengthDays, isShortHearing } from "./hearing-length";
export { seminarNotOver, seminarOver } from "./seminar-rules";
export { getSeminarDays, getSeminarInstants } from "./seminar-span";
export { getItemStatus, type ItemStatus } from "./status";
export { ATTENTION_PARTS, DASHBOARD_RULES, STATUS_FILTER_RULES } from "./status-views";
