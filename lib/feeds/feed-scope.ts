// What a feed URL asks for: actors, topics and kinds, read with the item list's own filter
// rules, and the Norwegian name the calendar gets. Pure: no database, no request.
import { getMessages, interpolate } from "../i18n/messages";
import { parseItemFilter, type FilterProblem } from "../items/filters";
import type { ItemKind } from "../model/item";

export interface FeedFilter {
  actors: string[];
  topics: string[];
  kinds: ItemKind[];
}

export const ALL_ITEMS: FeedFilter = { actors: [], topics: [], kinds: [] };

export type FeedDimension = "actor" | "topic" | "kind";

/** A filter, or the reason the URL cannot name a feed (answered with 404 and this text). */
export type ParsedFeed = { filter: FeedFilter } | { problem: string };

const nb = getMessages("nb");

function describeProblem(problem: FilterProblem): string {
  if (problem.field === "kind") return interpolate(nb.feed.unknownKind, { value: problem.value });
  return interpolate(nb.feed.malformed, { value: problem.value });
}

function toParsedFeed(params: Record<string, string | string[]>): ParsedFeed {
  const { filter, problems } = parseItemFilter(params);
  if (problems.length > 0) return { problem: describeProblem(problems[0]) };
  return { filter: { actors: filter.actors, topics: filter.topics, kinds: filter.kinds } };
}

/** `/feeds/actor/jd.ics`, `/feeds/topic/x.ics`, `/feeds/kind/hearing.ics`: exactly one value. */
export function parseFeedPath(dimension: FeedDimension, file: string): ParsedFeed {
  const value = /^([^,]+)\.ics$/.exec(file)?.[1];
  if (!value) return { problem: nb.feed.notFound };
  return toParsedFeed({ [dimension]: value });
}

/** `/feeds/calendar.ics?actor=a,b&topic=c&kind=hearing`: any combination; other keys are ignored. */
export function parseFeedQuery(params: URLSearchParams): ParsedFeed {
  return toParsedFeed({ actor: params.getAll("actor"), topic: params.getAll("topic"), kind: params.getAll("kind") });
}

/** The same feed written the same way, whatever the order or case in the URL. */
export function feedKey(filter: FeedFilter): string {
  const sorted = (values: string[]) => [...values].sort().join(",");
  return `actor=${sorted(filter.actors)};topic=${sorted(filter.topics)};kind=${sorted(filter.kinds)}`;
}

export interface FeedNames {
  actors: { slug: string; name: string; shortName: string }[];
  topics: { slug: string; name: string }[];
}

/**
 * "Fristvakt – Justis- og beredskapsdepartementet", "Fristvakt – alle frister", or for a
 * combination "Fristvakt – JD, BFD · Menneskehandel · Høringer" (short names when several).
 */
export function feedName(filter: FeedFilter, names: FeedNames): string {
  const actors = filter.actors.map((slug) => names.actors.find((a) => a.slug === slug)).filter((a) => a !== undefined);
  const topics = filter.topics.map((slug) => names.topics.find((t) => t.slug === slug)?.name ?? slug);
  const parts: string[] = [];
  if (actors.length === 1) parts.push(actors[0].name);
  if (actors.length > 1) parts.push(actors.map((a) => a.shortName).join(", "));
  if (topics.length > 0) parts.push(topics.join(", "));
  if (filter.kinds.length > 0) parts.push(filter.kinds.map((kind) => nb.kindPlural[kind]).join(", "));
  return interpolate(nb.feed.calendarName, { name: parts.length > 0 ? parts.join(" · ") : nb.feed.all });
}

/** The name of a one-item calendar: "Fristvakt – <title>". */
export function itemCalendarName(title: string): string {
  return interpolate(nb.feed.calendarName, { name: title });
}

/** The 404 text for an actor or topic slug that is well formed but does not exist. */
export function describeMissing(field: "actor" | "topic", value: string): string {
  return interpolate(field === "actor" ? nb.feed.unknownActor : nb.feed.unknownTopic, { value });
}
