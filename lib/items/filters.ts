// The filters shared by the item list, the JSON API and (later) the feeds: parsed from a URL
// query string, validated, and turned into a Prisma `where` in queries.ts.
import { z } from "zod";
import { isStorableText } from "../storable-text";
import { ITEM_KINDS, type ItemKind } from "../model/item";
import { STATUS_FILTERS, type StatusFilter } from "../deadlines/status-views";

export { STATUS_FILTERS };

export interface ItemFilter {
  actors: string[];
  topics: string[];
  kinds: ItemKind[];
  status: StatusFilter | null;
  q: string | null;
}

export const EMPTY_FILTER: ItemFilter = { actors: [], topics: [], kinds: [], status: null, q: null };

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Comma lists and repeated keys as one list, lower-cased first so "JD" and "jd" count once. */
function splitList(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [
    ...new Set(
      values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export type FilterProblem =
  { field: "actor" | "topic"; value: string; reason: "malformed" } | { field: "kind" | "status"; value: string; reason: "unknown" };

export interface ParsedFilter {
  filter: ItemFilter;
  problems: FilterProblem[];
  page: number;
}

type QueryValue = string | string[] | undefined;

/**
 * Reads filters from query parameters (`actor=jd,aid&topic=x&kind=hearing&status=open&q=…&page=2`).
 * Values that cannot be valid are reported as problems rather than ignored silently, so the
 * page can say what was wrong. Whether a well-formed slug exists is checked against the database.
 */
export function parseItemFilter(params: Record<string, QueryValue>): ParsedFilter {
  const problems: FilterProblem[] = [];
  const actors = splitList(params.actor);
  const topics = splitList(params.topic);
  for (const value of actors) if (!SLUG.test(value)) problems.push({ field: "actor", value, reason: "malformed" });
  for (const value of topics) if (!SLUG.test(value)) problems.push({ field: "topic", value, reason: "malformed" });

  const kinds: ItemKind[] = [];
  for (const value of splitList(params.kind)) {
    const kind = value.toUpperCase() as ItemKind;
    if (ITEM_KINDS.includes(kind)) kinds.push(kind);
    else problems.push({ field: "kind", value, reason: "unknown" });
  }

  const statusValue = splitList(params.status)[0];
  let status: StatusFilter | null = null;
  if (statusValue !== undefined) {
    const normalised = statusValue.replace(/-/g, "_") as StatusFilter;
    if (STATUS_FILTERS.includes(normalised)) status = normalised;
    else problems.push({ field: "status", value: statusValue, reason: "unknown" });
  }

  const rawQ = Array.isArray(params.q) ? params.q[0] : params.q;
  // Words PostgreSQL cannot search for (a NUL) are no search; proxy.ts refuses such addresses first.
  const q = (rawQ !== undefined && isStorableText(rawQ) && rawQ.trim().slice(0, 200)) || null;
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(1)
    .parse(Array.isArray(params.page) ? params.page[0] : (params.page ?? 1));

  return {
    filter: {
      actors: actors.filter((v) => SLUG.test(v)),
      topics: topics.filter((v) => SLUG.test(v)),
      kinds,
      status,
      q,
    },
    problems,
    page,
  };
}

/** The query string for a filter (and page), for links that keep the current view. */
export function filterToSearchParams(filter: ItemFilter, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.actors.length) params.set("actor", filter.actors.join(","));
  if (filter.topics.length) params.set("topic", filter.topics.join(","));
  if (filter.kinds.length) params.set("kind", filter.kinds.map((k) => k.toLowerCase()).join(","));
  if (filter.status) params.set("status", filter.status);
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  return params;
}
