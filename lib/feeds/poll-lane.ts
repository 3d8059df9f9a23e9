// Calendar clients poll with If-None-Match, and most polls find nothing new. Next.js's router
// costs more per request than such an answer itself (a 304 from memory), so the server
// (lib/cli/serve-app.ts) answers a repeated poll before Next.js: when Next.js answered this address
// with 304 for this ETag, and the ETag was made under the content version, Oslo day and
// settings that hold now, the poll gets the same 304 with the same headers (next.config.js's
// security headers included). Anything else, and every first poll, goes to Next.js as before.
// The route side (stamped-feed.ts) records under which generation it made each ETag; the
// server and the routes are bundled apart but run in one process, so the tables live on
// globalThis.
import { ByteBoundedLru } from "../byte-lru";
import type { StampGeneration } from "./stamp-memo";

const MAX_ENTRIES = 2_000;

export type ReplyHeaders = Record<string, string | number | string[]>;

interface Lane {
  /** Under which generation each public feed's ETag was last made (a public ETag names its feed). */
  generations: ByteBoundedLru<StampGeneration>;
  /** The 304 Next.js sent for an address, with the ETag it confirmed. */
  replies: ByteBoundedLru<{ etag: string; headers: ReplyHeaders }>;
}

const holder = globalThis as unknown as { fristvaktPollLane?: Lane };
const lane = (holder.fristvaktPollLane ??= {
  generations: new ByteBoundedLru(MAX_ENTRIES),
  replies: new ByteBoundedLru(MAX_ENTRIES),
});

// Hop-by-hop and per-response headers: the server writes its own.
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** Route side: the public feed with `etag` was stamped under `generation`. */
export function recordFeedGeneration(etag: string, generation: StampGeneration): void {
  lane.generations.set(etag, generation, 1);
}

/** Server side: Next.js answered a poll of `pathAndQuery` carrying `etag` with 304 and these headers. */
export function rememberNotModified(pathAndQuery: string, etag: string, headers: ReplyHeaders): void {
  const kept: ReplyHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!PER_RESPONSE.has(name.toLowerCase())) kept[name] = value;
  lane.replies.set(pathAndQuery, { etag, headers: kept }, 1);
}

/**
 * Server side: the headers of a 304 for this poll, or null when Next.js must answer it. A
 * reply counts only for the exact ETag it confirmed, and only while `holds` says that ETag's
 * generation is still the current one.
 */
export function notModifiedReply(
  pathAndQuery: string,
  ifNoneMatch: string,
  holds: (generation: StampGeneration) => boolean,
): ReplyHeaders | null {
  const reply = lane.replies.get(pathAndQuery);
  if (!reply || reply.etag !== ifNoneMatch) return null;
  const generation = lane.generations.get(reply.etag);
  return generation && holds(generation) ? reply.headers : null;
}

/** Whether the poll lane may answer this request (public feeds only: a private feed's address is its secret). */
export function isPublicFeedPoll(method: string | undefined, pathAndQuery: string): boolean {
  return (method === "GET" || method === "HEAD") && pathAndQuery.startsWith("/feeds/") && !pathAndQuery.startsWith("/feeds/private/");
}
