// Plain shapes every folder shares: queries, status rules, pages, feeds, the importer.
// Pure: no Prisma, no session, so tests and client components can import it.

export const ITEM_KINDS = ["HEARING", "STRATEGY_INPUT", "SEMINAR", "DEADLINE"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds whose date is a deadline (answer due by the end of that day in Oslo). */
export const DEADLINE_KINDS: readonly ItemKind[] = ["HEARING", "STRATEGY_INPUT", "DEADLINE"];

/** A calendar date as "YYYY-MM-DD": a day, not an instant, and never shifted by a time zone. */
export type CalendarDate = string;

/** The dated facts of an item, as the status rules and the calendar need them. */
export interface ItemDates {
  kind: ItemKind;
  sentOn: CalendarDate | null;
  deadline: CalendarDate | null;
  /** First and last day of a seminar, in Oslo. */
  startOn: CalendarDate | null;
  endOn: CalendarDate | null;
  /** Start and end instants of a timed seminar; null for all-day ones. */
  startAt: Date | null;
  endAt: Date | null;
  cancelledAt: Date | null;
}

export interface ActorRef {
  slug: string;
  shortName: string;
  name: string;
}

export interface TopicRef {
  slug: string;
  name: string;
  nameEn: string;
}

/** One item as pages, feeds and the JSON API show it. */
export interface ItemView extends ItemDates {
  id: string;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  location: string | null;
  isOnline: boolean;
  cancelReason: string | null;
  actor: ActorRef;
  topics: TopicRef[];
  source: { slug: string; title: string } | null;
  sourceExcerpt: string | null;
  /** Credit a polled source asks for, e.g. "Kilde: Stortinget" (NLOD). */
  attribution?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
