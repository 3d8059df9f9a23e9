// The Norwegian holidays a deadline period should not quietly swallow, as spans of days.
// Easter comes from the maintained holiday data of `date-holidays` (Norway's calendar), from
// Palm Sunday to Easter Monday, when many offices close for the week. Christmas and July are
// not single public holidays in that data but the periods when most of the organisations are
// away, so they are explicit: 24 December to 1 January, and the whole of July (fellesferien).
import Holidays from "date-holidays";
import type { CalendarDate } from "../model/item";

export type HolidayName = "christmas" | "easter" | "july";

export interface HolidaySpan {
  name: HolidayName;
  first: CalendarDate;
  last: CalendarDate;
}

let norway: Holidays | null = null;
const easterByYear = new Map<number, HolidaySpan>();

function easterSpan(year: number): HolidaySpan {
  const known = easterByYear.get(year);
  if (known) return known;
  norway ??= new Holidays("NO");
  const days = norway.getHolidays(year);
  // Rules as the data names them: "easter -7" is Palmesøndag, "easter 1" Andre påskedag.
  const palmSunday = days.find((day) => day.rule === "easter -7");
  const easterMonday = days.find((day) => day.rule === "easter 1");
  if (!palmSunday || !easterMonday) throw new Error(`The holiday data has no Easter for ${year}.`);
  const span: HolidaySpan = { name: "easter", first: palmSunday.date.slice(0, 10), last: easterMonday.date.slice(0, 10) };
  easterByYear.set(year, span);
  return span;
}

/** The holiday spans that begin in `year` (Christmas runs on into the next year). */
export function getHolidaySpans(year: number): HolidaySpan[] {
  return [
    easterSpan(year),
    { name: "july", first: `${year}-07-01`, last: `${year}-07-31` },
    { name: "christmas", first: `${year}-12-24`, last: `${year + 1}-01-01` },
  ];
}
