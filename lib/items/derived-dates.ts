import type { CalendarDate, ItemKind } from "../model/item";

export interface DatedInput {
  kind: ItemKind;
  deadline: CalendarDate | null;
  startOn: CalendarDate | null;
  endOn: CalendarDate | null;
}

/**
 * The two columns every list sorts and filters on: `dueOn` is the day that matters first
 * (the deadline, or a seminar's first day) and `lastOn` the last day the item concerns.
 * Every item has one: an item without a concrete date is not an item.
 */
export function deriveSortDates(input: DatedInput): { dueOn: CalendarDate; lastOn: CalendarDate } {
  if (input.kind === "SEMINAR") {
    if (!input.startOn) throw new Error("A seminar needs a first day.");
    return { dueOn: input.startOn, lastOn: input.endOn ?? input.startOn };
  }
  if (!input.deadline) throw new Error("An item of this kind needs a deadline.");
  return { dueOn: input.deadline, lastOn: input.deadline };
}
