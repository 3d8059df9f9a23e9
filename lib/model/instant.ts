// Instants written as text: ISO 8601 with the time to the minute or finer and a zone ("Z" or an
// offset), on a real day. The one rule for FRISTVAKT_NOW, stored audit values and the API.
import { isCalendarDate } from "./calendar-date";

const ISO_INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** True for "2025-01-10T12:00:00+01:00" or "2025-01-10T11:00:00.000Z"; false for a day alone, a time without zone, or 2025-02-30. */
export function isIsoInstant(value: string): boolean {
  const match = ISO_INSTANT_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
}
