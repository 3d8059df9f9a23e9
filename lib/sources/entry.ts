// What a polled source yields, whatever its format: plain data read from one fetched document
// (an RSS file, a hearing page, Stortinget's export, a calendar), no Prisma, no network. The
// readers in `lib/sources/read/` turn bytes into entries; the poller decides what an entry
// does to the items (create, update, cancel, propose for review).
import type { CalendarDate, ItemKind } from "../model/item";

export type SourceType = "regjeringen" | "stortinget" | "ics" | "rss";

export interface SourceEntry {
  /** Stable across polls for the same thing: regjeringen's page id ("id3071234"), Stortinget's
   * hearing id, the VEVENT's UID, the RSS guid or link. */
  key: string;
  kind: ItemKind;
  title: string;
  /** "Vår ref." / Stortinget's case reference. */
  reference: string | null;
  /** The issuing body as the source names it ("Justis- og beredskapsdepartementet",
   * "Justiskomiteen"); the poller maps it to an actor. */
  issuerName: string | null;
  sentOn: CalendarDate | null;
  deadline: CalendarDate | null;
  startOn: CalendarDate | null;
  endOn: CalendarDate | null;
  /** Instants as ISO 8601 strings with an offset, for timed events. */
  startAt: string | null;
  endAt: string | null;
  location: string | null;
  isOnline: boolean;
  /** The public link, with tracking parameters (utm_*) removed. */
  url: string | null;
  summary: string | null;
  /** Set when the source says the thing is cancelled ("Avlyst", STATUS:CANCELLED). */
  cancelled: boolean;
  /** The source's own status word, as written ("På høring", "Planlagt"). */
  statusText: string | null;
  /** The text the entry was read from, shown to editors beside the fields. */
  sourceText: string;
  /** Why the entry cannot become an item on its own (no deadline found, vague date). An entry
   * with a reason always waits for an editor, whatever the source's mode. */
  reviewReason: string | null;
  /** Attribution the item must show, e.g. "Kilde: Stortinget" (NLOD). */
  attribution: string | null;
  /** Who the hearing was sent to (regjeringen.no's "Høringsinstanser"), for the item text and
   * relevance; absent when the source has no such list. */
  consultees?: string[];
}

/** One item of an RSS 2.0 or Atom feed, before anything is read out of its text. */
export interface FeedItem {
  /** guid / Atom id, else the link. */
  key: string;
  title: string;
  /** The entry's text with markup removed (description, content:encoded, Atom content). */
  text: string;
  /** Without utm_* parameters. */
  url: string | null;
  /** ISO 8601 instant, or null. */
  publishedAt: string | null;
  updatedAt: string | null;
}

// The readers (pure, one module each under lib/sources/read/, each with its tests):
//   readFeedItems(xml: string): FeedItem[]                       RSS 2.0 and Atom
//   readRegjeringenPage(html: string, url: string): SourceEntry   one hearing page
//   readStortingetHearings(xml: string): SourceEntry[]            data.stortinget.no export
//   readCalendarEntries(ics: string): SourceEntry[]               any iCalendar feed
// A reader never throws on content it does not understand: it returns what it could read,
// with `reviewReason` saying what is missing. It throws a `SourceFormatError` (read/errors.ts)
// only when the document is not of its format at all (not XML, not a calendar).
