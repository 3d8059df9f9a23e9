// The query string of GET /api/items: the feeds' filters (actor, topic, kind) read by the
// item list's own rules, plus status, updatedSince, cursor and limit. Strict, so a typo
// ("kinds=") answers 400 instead of silently returning everything. Pure.
import { isCalendarDate } from "../model/calendar-date";
import { parseItemFilter, STATUS_FILTERS, type ItemFilter } from "../items/filters";
import { decodeCursor, type Cursor } from "./cursor";
import { apiError, type ApiError } from "./errors";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./item-json";

export interface ApiItemsQuery {
  filter: ItemFilter;
  updatedSince: Date | null;
  cursor: Cursor | null;
  limit: number;
}

export type ParsedApiQuery = { query: ApiItemsQuery } | { error: ApiError };

const LIST_KEYS = ["actor", "topic", "kind"] as const;
const SINGLE_KEYS = ["status", "updatedSince", "cursor", "limit"] as const;
const KNOWN = new Set<string>([...LIST_KEYS, ...SINGLE_KEYS]);
// Z or an offset is required, so the instant means the same on every server.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const invalid = (field: string, message: string): ParsedApiQuery => ({ error: apiError("invalid_parameter", message, field) });

function parseInstant(raw: string): Date | null {
  // An unencoded "+01:00" arrives as " 01:00": a query string reads "+" as a space.
  const value = raw.replace(/ (?=\d{2}:\d{2}$)/, "+");
  const match = INSTANT.exec(value);
  if (!match || !isCalendarDate(match[1])) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function parseApiItemsQuery(params: URLSearchParams): ParsedApiQuery {
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key))
      return { error: apiError("unknown_parameter", `Unknown parameter "${key}". Known: ${[...KNOWN].join(", ")}.`, key) };
  }
  const single: Partial<Record<(typeof SINGLE_KEYS)[number], string>> = {};
  for (const key of SINGLE_KEYS) {
    const values = params.getAll(key).map((value) => value.trim());
    if (values.length > 1) return invalid(key, `Give "${key}" once.`);
    if (values[0]) single[key] = values[0];
  }

  const { filter, problems } = parseItemFilter({
    actor: params.getAll("actor"),
    topic: params.getAll("topic"),
    kind: params.getAll("kind"),
  });
  const problem = problems[0];
  if (problem) {
    const expected =
      problem.field === "kind" ? "one of hearing, strategy_input, seminar, deadline" : "a slug of lower-case letters, digits and hyphens";
    return invalid(problem.field, `"${problem.value}" is not a valid ${problem.field}: expected ${expected}.`);
  }

  let status: ItemFilter["status"] = null;
  if (single.status !== undefined) {
    const normalised = single.status.toLowerCase().replace(/-/g, "_");
    status = STATUS_FILTERS.find((value) => value === normalised) ?? null;
    if (!status) return invalid("status", `"${single.status}" is not a status: expected one of ${STATUS_FILTERS.join(", ")}.`);
  }

  let updatedSince: Date | null = null;
  if (single.updatedSince !== undefined) {
    updatedSince = parseInstant(single.updatedSince);
    if (!updatedSince)
      return invalid("updatedSince", "updatedSince must be an ISO 8601 instant with a time zone, e.g. 2025-01-10T12:00:00Z.");
  }

  let limit = DEFAULT_LIMIT;
  if (single.limit !== undefined) {
    limit = /^\d{1,3}$/.test(single.limit) ? Number(single.limit) : NaN;
    if (!(limit >= 1 && limit <= MAX_LIMIT)) return invalid("limit", `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  }

  let cursor: Cursor | null = null;
  if (single.cursor !== undefined) {
    cursor = decodeCursor(single.cursor);
    const order = updatedSince ? "updated" : "due";
    if (!cursor || cursor.order !== order)
      return invalid("cursor", "cursor is not valid here: pass nextCursor from the previous page, with the same parameters.");
  }

  return { query: { filter: { ...filter, status, q: null }, updatedSince, cursor, limit } };
}
