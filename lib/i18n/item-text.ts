// How an item's dates read in a page: "17. januar 2025", "15.–16. januar 2025",
// "17. januar 2025 kl. 09.00–15.30". Pure: used by pages and (later) by e-mails.
import { getCountdown } from "../deadlines";
import type { ItemDates } from "../model/item";
import { formatCountdown, formatDate, formatDateRange, formatTime, formatDateTime } from "./format";
import type { Locale } from "./locale";

/** The date line of an item: its deadline, or a seminar's days (and times when known). */
export function formatItemWhen(item: ItemDates, locale: Locale): string {
  if (item.kind !== "SEMINAR") return item.deadline ? formatDate(item.deadline, locale) : "";
  if (item.startAt && item.endAt && item.startOn && (item.endOn ?? item.startOn) === item.startOn) {
    return `${formatDateTime(item.startAt, locale)}–${formatTime(item.endAt, locale)}`;
  }
  if (item.startAt && item.startOn && item.endOn && item.endOn !== item.startOn) {
    return `${formatDateTime(item.startAt, locale)} – ${item.endAt ? formatDateTime(item.endAt, locale) : formatDate(item.endOn, locale)}`;
  }
  if (item.startAt) return formatDateTime(item.startAt, locale);
  if (!item.startOn) return "";
  return formatDateRange(item.startOn, item.endOn ?? item.startOn, locale);
}

/** "om 7 dager", "i dag", "stengt for 3 dager siden" – or "" for an item without a date. */
export function formatItemCountdown(item: ItemDates, now: Date, locale: Locale): string {
  const countdown = getCountdown(item, now);
  return countdown ? formatCountdown(countdown, item.kind, locale) : "";
}
