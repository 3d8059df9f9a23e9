import { DEADLINE_KINDS, type ItemDates } from "../model/item";
import { addDays, deadlineEndInstant, osloToday } from "./calendar";
import { DEFAULT_CLOSING_SOON_DAYS } from "./clock";
import { getSeminarDays, getSeminarInstants } from "./seminar-span";

export type ItemStatus = "OPEN" | "CLOSING_SOON" | "CLOSED" | "UPCOMING" | "ONGOING" | "PAST";

export type StatusDates = Pick<ItemDates, "kind" | "deadline" | "startOn" | "endOn" | "startAt" | "endAt">;

/**
 * The status of an item as of `now`. A deadline stays open through the whole deadline day
 * in Oslo, and is closing soon when it falls within today..today+closingSoonDays (both
 * inclusive), the same window lib/items/queries.ts filters on. Cancellation is not a status:
 * a cancelled item keeps its dates and pages show `isCancelled` beside it.
 * An item without a date cannot have passed: it reads OPEN (deadlines) or UPCOMING.
 */
export function getItemStatus(item: StatusDates, now: Date, closingSoonDays: number = DEFAULT_CLOSING_SOON_DAYS): ItemStatus {
  if (item.kind === "SEMINAR") return getSeminarStatus(item, now);
  if (!DEADLINE_KINDS.includes(item.kind) || !item.deadline) return "OPEN";
  if (now.getTime() >= deadlineEndInstant(item.deadline).getTime()) return "CLOSED";
  return item.deadline <= addDays(osloToday(now), closingSoonDays) ? "CLOSING_SOON" : "OPEN";
}

function getSeminarStatus(item: StatusDates, now: Date): ItemStatus {
  const instants = getSeminarInstants(item);
  if (instants) {
    if (now < instants.start) return "UPCOMING";
    return now < instants.end ? "ONGOING" : "PAST";
  }
  const days = getSeminarDays(item);
  if (!days) return "UPCOMING";
  const today = osloToday(now);
  if (today < days.first) return "UPCOMING";
  return today <= days.last ? "ONGOING" : "PAST";
}

/** True when an editor has cancelled the item; it stays visible, marked as cancelled. */
export function isCancelled(item: Pick<ItemDates, "cancelledAt">): boolean {
  return item.cancelledAt !== null;
}
