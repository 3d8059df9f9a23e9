// Conversions between PostgreSQL `date` columns and CalendarDate strings. Prisma hands a
// `date` over as a JS Date at midnight UTC; reading its UTC parts gives the stored day back
// whatever the server's time zone.
import { TZDate } from "@date-fns/tz";
import type { CalendarDate } from "./item";

export const OSLO = "Europe/Oslo";

export function toCalendarDate(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

export function toCalendarDateOrNull(value: Date | null): CalendarDate | null {
  return value ? toCalendarDate(value) : null;
}

export function fromCalendarDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromCalendarDateOrNull(date: CalendarDate | null | undefined): Date | null {
  return date ? fromCalendarDate(date) : null;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day written as YYYY-MM-DD (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = fromCalendarDate(value);
  return !Number.isNaN(date.getTime()) && toCalendarDate(date) === value;
}

/** The instant of a wall-clock time ("09:30") on a day in Oslo, daylight saving included. */
export function osloInstant(date: CalendarDate, time: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, OSLO).getTime());
}
