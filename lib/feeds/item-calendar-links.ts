// Links that add one item to a calendar in one click: Google Calendar and Outlook (personal
// and Microsoft 365) take the event in their address, other apps open the item's .ics file.
// The event is the one the feeds carry: all-day on a deadline's day, or the seminar's days
// or hours. Pure.
import { addDays, getSeminarDays, getSeminarInstants } from "../deadlines";
import type { ItemView } from "../model/item";
import { eventLocation, eventSummary } from "./item-event";
import { itemCalendarPath, itemPageUrl } from "./feed-urls";

export interface ItemCalendarLinks {
  google: string;
  outlook: string;
  outlookOffice: string;
  /** Root-relative: the item's own .ics file. */
  ics: string;
}

type EventSpan = { isAllDay: true; first: string; afterLast: string } | { isAllDay: false; start: Date; end: Date };

function eventSpan(item: ItemView): EventSpan | null {
  if (item.kind !== "SEMINAR") return item.deadline ? { isAllDay: true, first: item.deadline, afterLast: addDays(item.deadline, 1) } : null;
  const instants = getSeminarInstants(item);
  if (instants) return { isAllDay: false, ...instants };
  const days = getSeminarDays(item);
  return days ? { isAllDay: true, first: days.first, afterLast: addDays(days.last, 1) } : null;
}

const compactDate = (date: string) => date.replaceAll("-", "");
const compactInstant = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function outlookLink(host: string, item: ItemView, span: EventSpan, body: string, location: string | null): string {
  const params = new URLSearchParams({ path: "/calendar/action/compose", rru: "addevent", subject: eventSummary(item), body });
  if (span.isAllDay) {
    params.set("startdt", span.first);
    params.set("enddt", span.afterLast);
    params.set("allday", "true");
  } else {
    params.set("startdt", span.start.toISOString());
    params.set("enddt", span.end.toISOString());
  }
  if (location) params.set("location", location);
  return `https://${host}/calendar/0/deeplink/compose?${params}`;
}

/** The links for one item, or null when it has no date to put in a calendar. */
export function itemCalendarLinks(item: ItemView, baseUrl: string): ItemCalendarLinks | null {
  const span = eventSpan(item);
  if (!span) return null;
  const body = itemPageUrl(baseUrl, item.id);
  const location = eventLocation(item);
  const google = new URLSearchParams({
    action: "TEMPLATE",
    text: eventSummary(item),
    dates: span.isAllDay
      ? `${compactDate(span.first)}/${compactDate(span.afterLast)}`
      : `${compactInstant(span.start)}/${compactInstant(span.end)}`,
    details: body,
  });
  if (location) google.set("location", location);
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: outlookLink("outlook.live.com", item, span, body, location),
    outlookOffice: outlookLink("outlook.office.com", item, span, body, location),
    ics: itemCalendarPath(item.id),
  };
}
