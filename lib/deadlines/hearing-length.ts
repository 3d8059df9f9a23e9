import type { ItemDates } from "../model/item";
import { daysBetween } from "./calendar";

/**
 * Utredningsinstruksen 3-3: a hearing normally runs three months and not less than six
 * weeks. Anything shorter is worth flagging to the organisations that have to answer.
 */
export const MIN_HEARING_DAYS = 6 * 7;

/** Days from the date a hearing was sent to its deadline, or null when either is missing. */
export function hearingLengthDays(item: Pick<ItemDates, "sentOn" | "deadline">): number | null {
  if (!item.sentOn || !item.deadline) return null;
  return daysBetween(item.sentOn, item.deadline);
}

/** True for a hearing that gives less than six weeks (41 days or fewer) to answer. */
export function isShortHearing(item: Pick<ItemDates, "kind" | "sentOn" | "deadline">): boolean {
  if (item.kind !== "HEARING") return false;
  const length = hearingLengthDays(item);
  return length !== null && length < MIN_HEARING_DAYS;
}
