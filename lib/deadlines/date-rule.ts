// A date rule says which items are in a status or a window at a moment, twice and side by
// side: as a predicate over one item (badges, e-mails, the "Mine frister" rule) and as a
// `where` over the item table (the lists, the JSON API, the front page, the digest). Both
// halves read the same constants; lib/items/date-rules-agree.test.ts checks them against each
// other in PostgreSQL. "Mine frister" reads its sections in one SQL statement of its own
// (lib/responses/my-section-sql.ts), which lib/responses/my-deadlines-agree.test.ts checks
// against the predicates the same way.
//
// The `where` is a plain object shaped like Prisma's ItemWhereInput (this folder stays free
// of the database): queries pass it on as it is. Every part of it is true or false, never
// SQL's unknown, so a rule can also be used negated (see noneOf).
import { fromCalendarDate } from "../model/calendar-date";
import type { CalendarDate, ItemDates, ItemKind } from "../model/item";
import { osloToday } from "./calendar";
import { DEFAULT_CLOSING_SOON_DAYS } from "./clock";

/** The moment a rule is evaluated at: the instant, its day in Oslo, and the closing-soon window. */
export interface RuleMoment {
  now: Date;
  /** The day it is in Oslo at `now`. */
  today: CalendarDate;
  /** Days ahead (today included) in which a deadline counts as closing soon. */
  closingSoonDays: number;
}

export function ruleMoment(now: Date, closingSoonDays: number = DEFAULT_CLOSING_SOON_DAYS): RuleMoment {
  return { now, today: osloToday(now), closingSoonDays };
}

/** The dated facts a rule reads. */
export type RuleItem = Pick<ItemDates, "kind" | "deadline" | "startOn" | "endOn" | "startAt" | "endAt" | "cancelledAt">;

interface Bound {
  gte?: Date;
  gt?: Date;
  lte?: Date;
  lt?: Date;
}

/** The part of Prisma's ItemWhereInput the rules use. `dueOn` and `lastOn` are the indexed day columns. */
export interface ItemWhere {
  kind?: ItemKind | { in: ItemKind[] };
  cancelledAt?: null | { not: null };
  dueOn?: Bound;
  lastOn?: Bound;
  startAt?: null | { not: null };
  endAt?: null | ({ not: null } & Bound);
  AND?: ItemWhere[];
  OR?: ItemWhere[];
  NOT?: ItemWhere[];
}

export interface DateRule {
  matches(item: RuleItem, moment: RuleMoment): boolean;
  where(moment: RuleMoment): ItemWhere;
}

/** A day as the `date` columns hold it. */
export function dayValue(day: CalendarDate): Date {
  return fromCalendarDate(day);
}

export function allOf(...rules: DateRule[]): DateRule {
  return {
    matches: (item, moment) => rules.every((rule) => rule.matches(item, moment)),
    where: (moment) => ({ AND: rules.map((rule) => rule.where(moment)) }),
  };
}

/** Items in none of the rules: safe in SQL because no rule's `where` is ever unknown. */
export function noneOf(...rules: DateRule[]): DateRule {
  return {
    matches: (item, moment) => !rules.some((rule) => rule.matches(item, moment)),
    where: (moment) => ({ NOT: rules.map((rule) => rule.where(moment)) }),
  };
}

/** Not cancelled: cancelled items keep their dates but leave the views of work still to do. */
export const notCancelled: DateRule = {
  matches: (item) => item.cancelledAt === null,
  where: () => ({ cancelledAt: null }),
};

export const cancelled: DateRule = {
  matches: (item) => item.cancelledAt !== null,
  where: () => ({ cancelledAt: { not: null } }),
};
