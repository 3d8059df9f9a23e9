// Deadline and status rules: pure, time zone Europe/Oslo, "now" always a parameter.
export { addDays, daysBetween, deadlineEndInstant, osloToday } from "./calendar";
export { DEFAULT_CLOSING_SOON_DAYS, closingSoonDaysFromEnv, currentTime } from "./clock";
export { getCountdown, type Countdown } from "./countdown";
export { hearingLengthDays, isShortHearing } from "./hearing-length";
export { getSeminarDays, getSeminarInstants } from "./seminar-span";
export { getItemStatus, type ItemStatus } from "./status";
