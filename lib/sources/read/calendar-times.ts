// DTSTART/DTEND values of a calendar turned into Oslo dates and instants. A TZID that names an
// IANA zone ("Europe/Oslo") is converted by the zone database, so daylight saving follows the
// real rules; any other TZID (Outlook's "W. Europe Standard Time") by the calendar's own
// VTIMEZONE, else read as Oslo time, like a floating time: these are Norwegian calendars.
import ICAL from "ical.js";
import type { CalendarDate } from "../../model/item";
import { OSLO } from "../../model/calendar-date";
import { addDays } from "../../deadlines/calendar";
import { calendarDateOf, isKnownTimeZone, osloDateOf, osloIsoString, zonedInstant } from "./instants";

// Windows zone names Outlook and Exchange write, for the zones a Norwegian calendar meets.
const WINDOWS_ZONES: Record<string, string> = {
  "W. Europe Standard Time": "Europe/Oslo",
  "Romance Standard Time": "Europe/Paris",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "GMT Standard Time": "Europe/London",
  "FLE Standard Time": "Europe/Helsinki",
  UTC: "UTC",
};

export type CalendarTime = { isDate: true; date: CalendarDate } | { isDate: false; instant: Date };

type ZoneLookup = (tzid: string) => ICAL.Timezone | null;

/** A lookup of the calendar's own VTIMEZONE definitions by TZID. */
export function timezonesOf(calendar: ICAL.Component): ZoneLookup {
  const zones = new Map<string, ICAL.Timezone>();
  for (const component of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = component.getFirstPropertyValue("tzid");
    if (typeof tzid !== "string") continue;
    try {
      zones.set(tzid, new ICAL.Timezone(component));
    } catch {
      // A damaged VTIMEZONE is left out; its times are then read as Oslo time.
    }
  }
  return (tzid) => zones.get(tzid) ?? null;
}

function ianaZone(tzid: string): string | null {
  const bare = tzid.replace(/^\/(?:[^/]+\/){0,3}?(?=[A-Z][a-z]+\/)/, "");
  if (isKnownTimeZone(bare) && bare.includes("/")) return bare;
  if (bare === "UTC" || bare === "GMT") return "UTC";
  return WINDOWS_ZONES[bare] ?? null;
}

/** The time of a DTSTART/DTEND property, or null when it is missing or out of range. */
export function readCalendarTime(property: ICAL.Property | null, zones: ZoneLookup): CalendarTime | null {
  if (!property) return null;
  const value = property.getFirstValue();
  if (!(value instanceof ICAL.Time)) return null;
  if (!calendarDateOf(value.year, value.month, value.day)) return null;
  if (value.isDate) return { isDate: true, date: calendarDateOf(value.year, value.month, value.day)! };
  const wall = { year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute, second: value.second };
  if (value.zone?.tzid === "UTC")
    return { isDate: false, instant: new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)) };
  const tzid = property.getParameter("tzid");
  const tzidText = typeof tzid === "string" ? tzid : null;
  const iana = tzidText ? ianaZone(tzidText) : OSLO;
  if (iana) return { isDate: false, instant: zonedInstant(wall, iana) };
  const own = tzidText ? zones(tzidText) : null;
  if (own) {
    const time = new ICAL.Time({ ...wall, isDate: false }, own);
    return { isDate: false, instant: new Date(time.toUnixTime() * 1000) };
  }
  return { isDate: false, instant: zonedInstant(wall, OSLO) };
}

export interface EventSpan {
  startOn: CalendarDate;
  endOn: CalendarDate;
  startAt: string | null;
  endAt: string | null;
}

/**
 * The days and instants an event covers. An all-day DTEND is exclusive (the day after the last
 * day); a timed event that ends at Oslo midnight ends on the day before.
 */
export function eventSpan(start: CalendarTime, end: CalendarTime | null, durationSeconds: number | null): EventSpan {
  if (start.isDate) {
    let endOn = start.date;
    if (end?.isDate && end.date > start.date) endOn = addDays(end.date, -1);
    else if (!end && durationSeconds && durationSeconds >= 86_400) endOn = addDays(start.date, Math.ceil(durationSeconds / 86_400) - 1);
    return { startOn: start.date, endOn, startAt: null, endAt: null };
  }
  let endInstant: Date | null = null;
  if (end && !end.isDate && end.instant.getTime() > start.instant.getTime()) endInstant = end.instant;
  else if (!end && durationSeconds && durationSeconds > 0) endInstant = new Date(start.instant.getTime() + durationSeconds * 1000);
  const startOn = osloDateOf(start.instant);
  let endOn = endInstant ? osloDateOf(new Date(endInstant.getTime() - 1)) : startOn;
  if (endOn < startOn) endOn = startOn;
  return { startOn, endOn, startAt: osloIsoString(start.instant), endAt: endInstant ? osloIsoString(endInstant) : null };
}
