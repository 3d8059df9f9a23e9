import type { ItemDates } from "../model/item";
import { DEFAULT_CLOSING_SOON_DAYS } from "./clock";
import { ruleMoment, type RuleMoment } from "./date-rule";
import { closingSoon, deadlinePassed, isDeadlineKind } from "./deadline-rules";
import { hasSeminarEnded } from "./seminar-rules";
import { getSeminarDays } from "./seminar-span";

export type ItemStatus = "OPEN" | "CLOSING_SOON" | "CLOSED" | "UPCOMING" | "ONGOING" | "PAST";

export type StatusDates = Pick<ItemDates, "kind" | "deadline" | "startOn" | "endOn" | "startAt" | "endAt">;

/**
 * The status of an item as of `now`, by the rules in deadline-rules.ts and seminar-rules.ts
 * (the same ones the lists filter on). A deadline stays open through the whole deadline day
 * in Oslo, and is closing soon when it falls within today..today+closingSoonDays (both
 * inclusive). Cancellation is not a status: a cancelled item keeps its dates and pages show
 * `isCancelled` beside it. An item without a date cannot have passed: it reads OPEN
 * (deadlines) or UPCOMING.
 */
export function getItemStatus(item: StatusDates, now: Date, closingSoonDays: number = DEFAULT_CLOSING_SOON_DAYS): ItemStatus {
  const moment = ruleMoment(now, closingSoonDays);
  const dated = { ...item, cancelledAt: null };
  if (item.kind === "SEMINAR") return getSeminarStatus(dated, moment);
  if (!isDeadlineKind(item.kind) || !item.deadline) return "OPEN";
  if (deadlinePassed.matches(dated, moment)) return "CLOSED";
  return closingSoon.matches(dated, moment) ? "CLOSING_SOON" : "OPEN";
}

function getSeminarStatus(item: StatusDates & { cancelledAt: null }, moment: RuleMoment): ItemStatus {
  if (hasSeminarEnded(item, moment)) return "PAST";
  if (item.startAt) return moment.now < item.startAt ? "UPCOMING" : "ONGOING";
  const days = getSeminarDays(item);
  return days && days.first <= moment.today ? "ONGOING" : "UPCOMING";
}

/** True when an editor has cancelled the item; it stays visible, marked as cancelled. */
export function isCancelled(item: Pick<ItemDates, "cancelledAt">): boolean {
  return item.cancelledAt !== null;
}
