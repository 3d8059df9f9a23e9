// An organisation's private calendar: every item of the public feed, with the organisation's
// response in front of the summary ("✓ Besvart – Høringsfrist: …"), and each internal
// deadline as an all-day event of its own. Pure, like the public calendar.
import { addDays } from "../deadlines";
import { getMessages, interpolate } from "../i18n/messages";
import type { ItemView } from "../model/item";
import type { ResponseStatus, ResponseView } from "../responses/types";
import { escapeText, formatDateValue, formatUtcDateTime } from "./ical-text";
import { eventSummary, UID_DOMAIN, writeItemEvent } from "./item-event";
import { itemPageUrl } from "./feed-urls";
import { CalendarRender } from "./render-calendar";

const nb = getMessages("nb");

export const RESPONSE_MARKS: Record<ResponseStatus, string> = {
  ANSWERED: "✓ Besvart",
  DECLINED: "Svarer ikke",
  IN_PROGRESS: "Under arbeid",
  PLANNED: "Planlagt",
  FOLLOWING: "Følger",
};

export interface PrivateCalendarInput {
  organisationName: string;
  items: ItemView[];
  responses: Map<string, ResponseView>;
  baseUrl: string;
}

function writeInternalDeadline(item: ItemView, response: ResponseView, baseUrl: string, line: (text: string) => void): void {
  if (!response.internalDeadline) return;
  line("BEGIN:VEVENT");
  line(`UID:${item.id}-intern@${UID_DOMAIN}`);
  line(`SEQUENCE:${response.version}`);
  const revised = formatUtcDateTime(response.updatedAt);
  line(`DTSTAMP:${revised}`);
  line(`LAST-MODIFIED:${revised}`);
  line(`DTSTART;VALUE=DATE:${formatDateValue(response.internalDeadline)}`);
  // All-day DTEND is exclusive: the day after.
  line(`DTEND;VALUE=DATE:${formatDateValue(addDays(response.internalDeadline, 1))}`);
  line(`SUMMARY:${escapeText(`${nb.feed.internalDeadline}: ${eventSummary(item)}`)}`);
  line(`DESCRIPTION:${escapeText(`${nb.feed.itemLink}: ${itemPageUrl(baseUrl, item.id)}`)}`);
  line(`URL:${itemPageUrl(baseUrl, item.id)}`);
  line("TRANSP:TRANSPARENT");
  line("END:VEVENT");
}

/** The organisation's private calendar, its items to be added in feed order. */
export function privateCalendar(input: Omit<PrivateCalendarInput, "items">): CalendarRender {
  const name = interpolate(nb.feed.calendarName, { name: input.organisationName });
  return new CalendarRender({ name, sourceUrl: null }, (item, line) => {
    const response = input.responses.get(item.id);
    writeItemEvent(item, input.baseUrl, line, {
      summaryPrefix: response ? `${RESPONSE_MARKS[response.status]} – ` : "",
      sequenceBump: response ? response.version + 1 : 0,
    });
    if (response) writeInternalDeadline(item, response, input.baseUrl, line);
  });
}
