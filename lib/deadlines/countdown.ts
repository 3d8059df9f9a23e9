import { DEADLINE_KINDS, type ItemDates } from "../model/item";
import { daysBetween, osloToday } from "./calendar";
import { getSeminarDays } from "./seminar-span";
import { getItemStatus } from "./status";

/**
 * How far away an item is, in whole Oslo days. `days` is never negative: with phase "after"
 * it counts the days since (closed 3 days ago → { days: 3, phase: "after" }).
 */
export interface Countdown {
  unit: "days";
  days: number;
  phase: "before" | "today" | "after" | "ongoing";
}

function countdownTo(days: number): Countdown {
  if (days === 0) return { unit: "days", days: 0, phase: "today" };
  return days > 0 ? { unit: "days", days, phase: "before" } : { unit: "days", days: -days, phase: "after" };
}

/**
 * Days from today in Oslo to the deadline, or to a seminar's first day; null without a date.
 * A deadline day counts as "today" until its end. A seminar is "ongoing" while its status is
 * ONGOING; one that ended earlier today reads "today", not "0 days ago".
 */
export function getCountdown(item: ItemDates, now: Date): Countdown | null {
  const today = osloToday(now);
  if (item.kind !== "SEMINAR") {
    if (!DEADLINE_KINDS.includes(item.kind) || !item.deadline) return null;
    return countdownTo(daysBetween(today, item.deadline));
  }
  const days = getSeminarDays(item);
  if (!days) return null;
  switch (getItemStatus(item, now)) {
    case "ONGOING":
      return { unit: "days", days: 0, phase: "ongoing" };
    case "PAST":
      return countdownTo(Math.min(0, daysBetween(today, days.last)));
    default:
      return countdownTo(Math.max(0, daysBetween(today, days.first)));
  }
}
