// When a seminar is over. A timed seminar with an end instant is over at that instant; any
// other is over when its last day has ended in Oslo, the last day being the one `lastOn`
// holds (its last day, else its first). getItemStatus, the lists and "Mine frister" all
// read this one rule.
import type { CalendarDate } from "../model/item";
import { osloToday } from "./calendar";
import { dayValue, type DateRule, type ItemWhere, type RuleItem, type RuleMoment } from "./date-rule";

/** The seminar's last day in Oslo, or null for a seminar without any date. */
export function seminarLastDay(item: Pick<RuleItem, "startOn" | "endOn" | "startAt">): CalendarDate | null {
  return item.endOn ?? item.startOn ?? (item.startAt ? osloToday(item.startAt) : null);
}

function isTimedWithEnd(item: RuleItem): item is RuleItem & { endAt: Date } {
  return item.startAt !== null && item.endAt !== null;
}

/** True once the seminar is over; a seminar without any date never is. */
export function hasSeminarEnded(item: RuleItem, moment: Pick<RuleMoment, "now" | "today">): boolean {
  if (isTimedWithEnd(item)) return moment.now.getTime() >= item.endAt.getTime();
  const last = seminarLastDay(item);
  return last !== null && last < moment.today;
}

// "not: null" beside each comparison on a nullable column keeps every branch true or false:
// under a NOT (the list's last part), an unknown would drop the row from both sides.
const timedWithEnd: ItemWhere = { startAt: { not: null }, endAt: { not: null } };
const byLastDay: ItemWhere = { OR: [{ startAt: null }, { endAt: null }] };

/** Seminars still to come or under way (the "upcoming" view). */
export const seminarNotOver: DateRule = {
  matches: (item, moment) => item.kind === "SEMINAR" && !hasSeminarEnded(item, moment),
  where: (moment) => ({
    kind: "SEMINAR",
    OR: [
      { ...timedWithEnd, endAt: { not: null, gt: moment.now } },
      { ...byLastDay, lastOn: { gte: dayValue(moment.today) } },
    ],
  }),
};

/** Seminars that are over (the "past" view). */
export const seminarOver: DateRule = {
  matches: (item, moment) => item.kind === "SEMINAR" && hasSeminarEnded(item, moment),
  where: (moment) => ({
    kind: "SEMINAR",
    OR: [
      { ...timedWithEnd, endAt: { not: null, lte: moment.now } },
      { ...byLastDay, lastOn: { lt: dayValue(moment.today) } },
    ],
  }),
};
