// Small builders so the newsletter files state only the facts each item has; every field
// the text leaves out is null (or false), never guessed.
import type { CalendarDate } from "../../lib/model/item";
import type { SeedItem } from "./types";

interface Common {
  key: string;
  title: string;
  issuer: string;
  excerpt: string;
  topics: string[];
  reference?: string | null;
  summary?: string | null;
  url?: string | null;
}

function base(p: Common): Omit<SeedItem, "kind" | "sentOn" | "deadline" | "startOn" | "endOn"> {
  return {
    key: p.key,
    title: p.title,
    reference: p.reference ?? null,
    summary: p.summary ?? null,
    url: p.url ?? null,
    issuer: p.issuer,
    startTime: null,
    endTime: null,
    location: null,
    isOnline: false,
    excerpt: p.excerpt,
    topics: p.topics,
  };
}

/** A høring: the day it was sent and its høringsfrist. */
export function hearing(p: Common & { sentOn: CalendarDate; deadline: CalendarDate }): SeedItem {
  return { ...base(p), kind: "HEARING", sentOn: p.sentOn, deadline: p.deadline, startOn: null, endOn: null };
}

/** An invitation to give input to a strategy or plan, with its deadline. */
export function strategyInput(p: Common & { deadline: CalendarDate; sentOn?: CalendarDate | null }): SeedItem {
  return {
    ...base(p),
    kind: "STRATEGY_INPUT",
    sentOn: p.sentOn ?? null,
    deadline: p.deadline,
    startOn: null,
    endOn: null,
  };
}

/** Any other dated deadline: a report due, the next update of a publication. */
export function deadline(p: Common & { deadline: CalendarDate }): SeedItem {
  return { ...base(p), kind: "DEADLINE", sentOn: null, deadline: p.deadline, startOn: null, endOn: null };
}

/** A seminar, course, conference or meeting; a one-day event ends the day it starts. */
export function seminar(
  p: Common & {
    startOn: CalendarDate;
    endOn?: CalendarDate;
    startTime?: string | null;
    endTime?: string | null;
    location?: string | null;
    isOnline?: boolean;
  },
): SeedItem {
  return {
    ...base(p),
    kind: "SEMINAR",
    sentOn: null,
    deadline: null,
    startOn: p.startOn,
    endOn: p.endOn ?? p.startOn,
    startTime: p.startTime ?? null,
    endTime: p.endTime ?? null,
    location: p.location ?? null,
    isOnline: p.isOnline ?? false,
  };
}
