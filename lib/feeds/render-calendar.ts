// A whole calendar (RFC 5545 with the RFC 7986 names), as bytes ready to send. A published
// feed: no METHOD, no ATTENDEE, so clients treat it as a calendar to mirror rather than as
// invitations to answer.
import { getMessages } from "../i18n/messages";
import type { ItemView } from "../model/item";
import { CalendarWriter } from "./calendar-writer";
import { escapeText, uriOrNull } from "./ical-text";
import { writeItemEvent } from "./item-event";

export const PRODID = "-//Fristvakt//Fristvakt kalender//NB";

/** How often clients should fetch again; Google and Outlook use their own pace regardless. */
export const REFRESH_INTERVAL = "PT1H";

/**
 * Raised whenever the rendered text changes for the same data, so that cache validators
 * (which are computed from the data, not from the bytes) change with it.
 */
export const CALENDAR_FORMAT_VERSION = 1;

export interface CalendarInput {
  /** The calendar's Norwegian name, e.g. "Fristvakt – alle frister". */
  name: string;
  items: ItemView[];
  /** Absolute address of Fristvakt, used for links to items. */
  baseUrl: string;
  /** Absolute address this calendar is served from, when it is a feed. */
  sourceUrl: string | null;
}

/** The calendar's own properties, before its events: shared by public and private feeds. */
export function headerLines(input: Pick<CalendarInput, "name" | "sourceUrl">): string[] {
  const name = escapeText(input.name);
  const description = escapeText(getMessages("nb").feed.calendarDescription);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    `DESCRIPTION:${description}`,
    `X-WR-CALDESC:${description}`,
    "X-WR-TIMEZONE:Europe/Oslo",
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`,
    `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`,
  ];
  const source = uriOrNull(input.sourceUrl);
  if (source) lines.push(`SOURCE;VALUE=URI:${source}`);
  return lines;
}

type EventWriter = (item: ItemView, line: (text: string) => void) => void;

/**
 * A calendar as the UTF-8 bytes that are sent, in chunks (CRLF line ends, every line folded to
 * 75 octets), written a batch of items at a time: a large feed is never held as items all at once.
 */
export class CalendarRender {
  private readonly writer = new CalendarWriter();
  private readonly line = (text: string) => this.writer.line(text);

  constructor(
    header: Pick<CalendarInput, "name" | "sourceUrl">,
    private readonly writeEvent: EventWriter,
  ) {
    for (const text of headerLines(header)) this.line(text);
  }

  add(items: readonly ItemView[]): void {
    for (const item of items) this.writeEvent(item, this.line);
  }

  finish(): Uint8Array<ArrayBuffer>[] {
    this.line("END:VCALENDAR");
    return this.writer.chunks();
  }
}

/** The public calendar of the given items, to be added in feed order. */
export function publicCalendar(input: Omit<CalendarInput, "items">): CalendarRender {
  return new CalendarRender(input, (item, line) => writeItemEvent(item, input.baseUrl, line));
}

/** The whole public calendar of `input.items`, in chunks. */
export function renderCalendarChunks(input: CalendarInput): Uint8Array<ArrayBuffer>[] {
  const calendar = publicCalendar(input);
  calendar.add(input.items);
  return calendar.finish();
}
