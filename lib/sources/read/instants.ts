// Dates and instants as the sources write them, turned into Oslo calendar dates and ISO
// instants with Oslo's offset ("2027-01-14T09:00:00+01:00"), whatever the server's zone.
import { TZDate } from "@date-fns/tz";
import { osloToday } from "../../deadlines/calendar";
import { isCalendarDate } from "../../model/calendar-date";
import { osloClock } from "../../model/oslo-clock";
import type { CalendarDate } from "../../model/item";

/** "2027-01-14T09:00:00+01:00": the instant as Oslo's wall clock shows it, with its offset. */
export function osloIsoString(instant: Date): string {
  return osloClock(instant)
    .toISOString()
    .replace(/\.000(?=[+-Z])/, "");
}

export function osloDateOf(instant: Date): CalendarDate {
  return osloToday(instant);
}

/**
 * The instant of a wall-clock time in a zone (IANA name). As RFC 5545 says, a time the clocks
 * skip (02:30 on the last Sunday of March in Oslo) is read with the offset before the change,
 * and a time that occurs twice (02:30 on the last Sunday of October) is its first occurrence.
 */
export function zonedInstant(parts: WallClock, zone: string): Date {
  const ms = new TZDate(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, zone).getTime();
  const hourEarlier = new TZDate(ms - 3_600_000, zone);
  const isRepeated =
    hourEarlier.getDate() === parts.day && hourEarlier.getHours() === parts.hour && hourEarlier.getMinutes() === parts.minute;
  return new Date(isRepeated ? ms - 3_600_000 : ms);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function calendarDateOf(year: number, month: number, day: number): CalendarDate | null {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year >= 1900 && year <= 2200 && isCalendarDate(text) ? text : null;
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const NAMED_ZONES: Record<string, string> = {
  CET: "+0100",
  MET: "+0100",
  CEST: "+0200",
  MEST: "+0200",
  BST: "+0100",
  IST: "+0100",
};

/**
 * An instant from an RSS date (RFC 822: "Tue, 01 Dec 2026 14:00:00 +0100") or an Atom/ISO one
 * ("2026-12-02T08:15:00+01:00"); null for anything else or a year out of range.
 */
export function parseFeedInstant(text: string | null): Date | null {
  if (!text) return null;
  let value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) value += "T00:00:00Z";
  const isIso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(value);
  const isRfc822 = /^(?:[a-z]{3},?\s+)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[a-z]{1,5}|[+-]\d{4})?$/i.test(value);
  if (!isIso && !isRfc822) return null;
  if (isRfc822) value = value.replace(/\b([A-Z]{3,4})$/i, (zone) => NAMED_ZONES[zone.toUpperCase()] ?? zone);
  // An ISO time without an offset is read as UTC by the feed formats' rules.
  if (isIso && !/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) value += "Z";
  const ms = Date.parse(isIso ? value.replace(" ", "T").replace(/([+-]\d{2})(\d{2})$/, "$1:$2") : value);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms) : null;
}
