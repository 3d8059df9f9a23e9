// One item as a VEVENT. Deadlines are all-day events on the deadline day; seminars cover
// their days, timed in UTC when their instants are known. Texts are Norwegian.
import { addDays, getSeminarDays, getSeminarInstants, hearingLengthDays, isShortHearing } from "../deadlines";
import { formatDate } from "../i18n/format";
import { getMessages, interpolate } from "../i18n/messages";
import { actorLabel } from "../actors/label";
import type { ItemView } from "../model/item";
import { itemPageUrl } from "./feed-urls";
import { cleanLine, escapeText, formatDateValue, formatUtcDateTime, uriOrNull } from "./ical-text";
import { memoize } from "../memo";

/** UIDs never depend on the request's host or on chance: the same item is the same event. */
export const UID_DOMAIN = "fristvakt.no";

const nb = getMessages("nb");

// Dates repeat across a feed's events, and formatting one with date-fns costs about 20 µs.
const formatDateNb = memoize((date) => formatDate(date, "nb"));
const nextDay = memoize((date) => addDays(date, 1));
const shortHearingDays = memoize((span) => {
  const [sentOn, deadline] = span.split("/");
  const item = { kind: "HEARING" as const, sentOn, deadline };
  return isShortHearing(item) ? hearingLengthDays(item) : null;
});

/**
 * SEQUENCE: twice the item's version, plus one while it is cancelled. Every edit raises
 * `version`, so the number rises with each edit and with a cancellation whether or not that
 * raised the version too; and an item restored after a cancellation, which is an edit,
 * still gets a higher number than its cancelled copy had (version + 1 could tie there).
 */
export function eventSequence(item: Pick<ItemView, "version" | "cancelledAt">): number {
  return item.version * 2 + (item.cancelledAt ? 1 : 0);
}

/** "Høringsfrist: NOU 2024:17 Tittel", "Innspillsfrist: …", "Frist: …", a seminar's title; "AVLYST: " first when cancelled. */
export function eventSummary(item: ItemView): string {
  const title = cleanLine(item.title);
  const reference = item.reference ? cleanLine(item.reference) : "";
  let text = title;
  if (item.kind !== "SEMINAR") {
    const withReference =
      item.kind === "HEARING" && reference && !title.toLowerCase().startsWith(reference.toLowerCase()) ? `${reference} ${title}` : title;
    text = `${nb.feed.summaryPrefix[item.kind]}: ${withReference}`;
  }
  return item.cancelledAt ? `${nb.feed.cancelledPrefix}${text}` : text;
}

/** Where a seminar is: its place, "Digitalt", or both; null when neither is known. */
export function eventLocation(item: ItemView): string | null {
  const parts = [item.location ? cleanLine(item.location) : "", item.isOnline ? nb.feed.online : ""].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** The description: who, reference, sent date, a short-deadline note, and the links (clients often ignore URL). */
export function eventDescription(item: ItemView, baseUrl: string): string {
  const lines: string[] = [];
  if (item.cancelledAt) {
    lines.push(item.cancelReason ? interpolate(nb.feed.cancelledReason, { reason: item.cancelReason }) : nb.feed.cancelled);
  }
  const who = item.kind === "SEMINAR" ? nb.feed.organiser : nb.feed.issuer;
  lines.push(`${who}: ${actorLabel(item.actor)}`);
  if (item.reference) lines.push(`${nb.feed.reference}: ${item.reference}`);
  if (item.sentOn) lines.push(`${item.kind === "HEARING" ? nb.feed.sentOn : nb.feed.sent}: ${formatDateNb(item.sentOn)}`);
  const shortDays = item.kind === "HEARING" && item.sentOn && item.deadline ? shortHearingDays(`${item.sentOn}/${item.deadline}`) : null;
  if (shortDays !== null) lines.push(interpolate(nb.feed.shortDeadline, { days: shortDays }));
  if (item.summary) lines.push("", item.summary);
  lines.push("", `${nb.feed.itemLink}: ${itemPageUrl(baseUrl, item.id)}`);
  const source = uriOrNull(item.url);
  if (source) lines.push(`${nb.feed.source}: ${source}`);
  return lines.join("\n");
}

/** DTSTART/DTEND lines, or null for an item without a date (which the schema does not allow). */
function eventDates(item: ItemView): string[] | null {
  if (item.kind !== "SEMINAR") {
    if (!item.deadline) return null;
    // An all-day DTEND is exclusive: the day after the deadline, counted in calendar days.
    return [`DTSTART;VALUE=DATE:${formatDateValue(item.deadline)}`, `DTEND;VALUE=DATE:${formatDateValue(nextDay(item.deadline))}`];
  }
  const instants = getSeminarInstants(item);
  if (instants) {
    const start = `DTSTART:${formatUtcDateTime(instants.start)}`;
    return instants.end > instants.start ? [start, `DTEND:${formatUtcDateTime(instants.end)}`] : [start];
  }
  const days = getSeminarDays(item);
  if (!days) return null;
  return [`DTSTART;VALUE=DATE:${formatDateValue(days.first)}`, `DTEND;VALUE=DATE:${formatDateValue(nextDay(days.last))}`];
}

/** What an organisation's private feed adds to an event: its response status before the summary. */
export interface EventExtra {
  summaryPrefix?: string;
  /** Raised with every change of the response, so the event's SEQUENCE rises with it. */
  sequenceBump?: number;
}

/**
 * Writes the content lines of one VEVENT, unfolded, to `line` (nothing for an item without a
 * date). DTSTAMP is the time the item was last revised, as RFC 5545 3.8.7.2 asks of a
 * calendar without METHOD, so the same data always gives the same bytes.
 */
export function writeItemEvent(item: ItemView, baseUrl: string, line: (text: string) => void, extra: EventExtra = {}): void {
  const dates = eventDates(item);
  if (!dates) return;
  line("BEGIN:VEVENT");
  line(`UID:${item.id}@${UID_DOMAIN}`);
  line(`SEQUENCE:${eventSequence(item) + (extra.sequenceBump ?? 0)}`);
  const revised = formatUtcDateTime(item.updatedAt);
  line(`DTSTAMP:${revised}`);
  line(`CREATED:${formatUtcDateTime(item.createdAt)}`);
  line(`LAST-MODIFIED:${revised}`);
  for (const date of dates) line(date);
  line(`SUMMARY:${escapeText((extra.summaryPrefix ?? "") + eventSummary(item))}`);
  line(`DESCRIPTION:${escapeText(eventDescription(item, baseUrl))}`);
  const location = eventLocation(item);
  if (location) line(`LOCATION:${escapeText(location)}`);
  line(`URL:${itemPageUrl(baseUrl, item.id)}`);
  // One CATEGORIES per topic (RFC 5545 allows several): a comma list is misread by parsers
  // that take "\\," (a name ending in a backslash, then the separator) for an escaped comma.
  for (const topic of item.topics) {
    const name = cleanLine(topic.name);
    if (name) line(`CATEGORIES:${escapeText(name)}`);
  }
  line(`STATUS:${item.cancelledAt ? "CANCELLED" : "CONFIRMED"}`);
  // A deadline is a reminder, not a meeting: it should not mark the day as busy.
  if (item.kind !== "SEMINAR") line("TRANSP:TRANSPARENT");
  line("END:VEVENT");
}
