// Reads calendars the way a client would, with Mozilla's ical.js (an independent parser),
// and checks the octet-level rules it forgives. Used by unit, integration and browser tests.
import ICAL from "ical.js";

// ical.js knows RFC 5545 but not the calendar names of RFC 7986 and the X-WR- convention:
// declare them as TEXT so their values are unescaped like SUMMARY's.
const properties = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
for (const name of ["name", "x-wr-calname", "x-wr-caldesc"]) properties[name] ??= { defaultType: "text" };

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  categories: string[];
  /** "2025-01-17" for a date, "2025-01-17T08:00:00Z" for a UTC date-time. */
  start: string;
  end: string | null;
  isAllDay: boolean;
  sequence: number;
  status: string | null;
  propertyNames: string[];
}

export interface ParsedCalendar {
  name: string;
  wrName: string;
  propertyNames: string[];
  componentNames: string[];
  events: ParsedEvent[];
}

const text = (component: InstanceType<typeof ICAL.Component>, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
};

export function parseCalendar(source: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(source));
  const events = calendar.getAllSubcomponents("vevent").map((event): ParsedEvent => {
    const start = event.getFirstPropertyValue("dtstart") as InstanceType<typeof ICAL.Time>;
    const end = event.getFirstPropertyValue("dtend") as InstanceType<typeof ICAL.Time> | null;
    return {
      uid: text(event, "uid") ?? "",
      summary: text(event, "summary") ?? "",
      description: text(event, "description") ?? "",
      location: text(event, "location"),
      url: text(event, "url"),
      categories: event.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      start: start.toString(),
      end: end ? end.toString() : null,
      isAllDay: start.isDate,
      sequence: Number(event.getFirstPropertyValue("sequence")),
      status: text(event, "status"),
      propertyNames: event.getAllProperties().map((p) => p.name),
    };
  });
  return {
    name: text(calendar, "name") ?? "",
    wrName: text(calendar, "x-wr-calname") ?? "",
    propertyNames: calendar.getAllProperties().map((p) => p.name),
    componentNames: calendar.getAllSubcomponents().map((c) => c.name),
    events,
  };
}

/** Problems with line ends and line lengths (RFC 5545 3.1); empty when the text is right. */
export function findLineProblems(source: string): string[] {
  const problems: string[] = [];
  if (!source.endsWith("\r\n")) problems.push("does not end with CRLF");
  if (/\r(?!\n)|(?<!\r)\n/.test(source)) problems.push("has a CR or LF outside a CRLF");
  source.split("\r\n").forEach((line, index) => {
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets`);
  });
  return problems;
}
