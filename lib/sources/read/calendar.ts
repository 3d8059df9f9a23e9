// Any iCalendar feed (a partner's course calendar) read into entries: each VEVENT a seminar,
// or a deadline when its summary says so ("Påmeldingsfrist: …", "Frist for …"), keyed by UID.
import ICAL from "ical.js";
import type { SourceEntry } from "../entry";
import { SourceFormatError } from "./errors";
import { eventSpan, readCalendarTime, timezonesOf, type CalendarTime } from "./calendar-times";
import { oneLine, tidyText } from "./html-text";
import { osloDateOf } from "./instants";
import { cleanLink } from "./links";

// A word ending in "frist" (påmeldingsfrist, søknadsfrist, frist) or "deadline", standing alone.
const DEADLINE_WORD = /(?:^|[^\p{L}])(\p{L}*frist|deadline)(?!\p{L})/iu;
const ONLINE_WORDS =
  /(?:^|[^\p{L}])(teams|zoom|digitalt?|webinar|nettmøte|nettseminar|online|strømmes|direktesendt|google meet|whereby|videomøte)(?!\p{L})/iu;
const CANCELLED_PREFIX = /^\s*(?:avlyst|cancelled|canceled)\s*[:!–-]\s*/i;

function text(event: ICAL.Component, name: string): string | null {
  const value = event.getFirstPropertyValue(name);
  if (typeof value !== "string") return null;
  const tidy = tidyText(value);
  return tidy === "" ? null : tidy;
}

function durationSeconds(event: ICAL.Component): number | null {
  const value = event.getFirstPropertyValue("duration");
  return value instanceof ICAL.Duration ? value.toSeconds() : null;
}

function organizerName(event: ICAL.Component): string | null {
  const cn = event.getFirstProperty("organizer")?.getParameter("cn");
  return typeof cn === "string" && cn.trim() ? cn.trim() : null;
}

function describe(start: CalendarTime | null): string | null {
  if (!start) return null;
  return start.isDate ? start.date : start.instant.toISOString();
}

function readEvent(event: ICAL.Component, zones: ReturnType<typeof timezonesOf>): SourceEntry | null {
  const rawSummary = text(event, "summary") ?? "";
  const uid = text(event, "uid");
  const start = readCalendarTime(event.getFirstProperty("dtstart"), zones);
  const key = uid ?? (rawSummary ? `${rawSummary}|${describe(start) ?? ""}` : null);
  if (!key) return null;
  const description = text(event, "description");
  const location = text(event, "location");
  const status = text(event, "status");
  const isCancelled = status?.toUpperCase() === "CANCELLED" || CANCELLED_PREFIX.test(rawSummary);
  const title = oneLine(rawSummary.replace(CANCELLED_PREFIX, ""));
  const isDeadline = DEADLINE_WORD.test(title);
  const end = readCalendarTime(event.getFirstProperty("dtend"), zones);
  const span = start ? eventSpan(start, end, durationSeconds(event)) : null;
  const url = text(event, "url");

  const reasons: string[] = [];
  if (!start) reasons.push("Hendelsen har ingen dato Fristvakt kan lese (DTSTART).");
  if (!title) reasons.push("Hendelsen har ingen tittel.");
  if (event.hasProperty("rrule")) reasons.push("Hendelsen gjentas; bare første gang er lest.");

  const deadline = isDeadline && start ? (start.isDate ? start.date : osloDateOf(start.instant)) : null;
  return {
    key,
    kind: isDeadline ? "DEADLINE" : "SEMINAR",
    title,
    reference: null,
    issuerName: organizerName(event),
    sentOn: null,
    deadline,
    startOn: isDeadline ? null : (span?.startOn ?? null),
    endOn: isDeadline ? null : (span?.endOn ?? null),
    startAt: isDeadline ? null : (span?.startAt ?? null),
    endAt: isDeadline ? null : (span?.endAt ?? null),
    location,
    isOnline: ONLINE_WORDS.test([location, title, description].filter(Boolean).join("\n")),
    url: cleanLink(url),
    summary: description,
    cancelled: isCancelled,
    statusText: status,
    sourceText: [rawSummary, span ? [span.startAt ?? span.startOn, span.endAt ?? span.endOn].join(" – ") : null, location, description, url]
      .filter(Boolean)
      .join("\n"),
    reviewReason: reasons.length > 0 ? reasons.join(" ") : null,
    attribution: null,
  };
}

function tryText(event: ICAL.Component, name: string): string | null {
  try {
    return text(event, name);
  } catch {
    return null;
  }
}

// ical.js reads a property's value only when asked, so a damaged value ("DTSTART:2027x0101")
// throws there, not in ICAL.parse. Such an event is kept for an editor when it has a UID.
function readEventSafely(event: ICAL.Component, zones: ReturnType<typeof timezonesOf>): SourceEntry | null {
  try {
    return readEvent(event, zones);
  } catch (error) {
    const uid = tryText(event, "uid");
    if (!uid) return null;
    const title = oneLine(tryText(event, "summary") ?? "");
    return {
      key: uid,
      kind: "SEMINAR",
      title,
      reference: null,
      issuerName: null,
      sentOn: null,
      deadline: null,
      startOn: null,
      endOn: null,
      startAt: null,
      endAt: null,
      location: tryText(event, "location"),
      isOnline: false,
      url: null,
      summary: tryText(event, "description"),
      cancelled: false,
      statusText: tryText(event, "status"),
      sourceText: event.toString(),
      reviewReason: `Hendelsen kunne ikke leses helt: ${(error as Error).message}`,
      attribution: null,
    };
  }
}

/** The events of a calendar, in its order; throws SourceFormatError when it is not iCalendar. */
export function readCalendarEntries(ics: string): SourceEntry[] {
  const body = ics.replace(/^\uFEFF/, "").trim();
  if (!/^BEGIN:VCALENDAR/i.test(body))
    throw new SourceFormatError("calendar", "The document is not an iCalendar file (no BEGIN:VCALENDAR).");
  let calendar: ICAL.Component;
  try {
    const parsed = ICAL.parse(body);
    calendar = new ICAL.Component(Array.isArray(parsed[0]) ? parsed[0] : parsed);
  } catch (error) {
    throw new SourceFormatError("calendar", `The calendar could not be read: ${(error as Error).message}`);
  }
  const zones = timezonesOf(calendar);
  return (
    calendar
      .getAllSubcomponents("vevent")
      // A RECURRENCE-ID marks a changed occurrence of a repeating event; the series is read once.
      .filter((event) => !event.hasProperty("recurrence-id"))
      .map((event) => readEventSafely(event, zones))
      .filter((entry): entry is SourceEntry => entry !== null)
  );
}
