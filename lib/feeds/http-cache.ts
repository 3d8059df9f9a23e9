// Cache validators for feeds, computed from the data a feed is made of rather than from its
// bytes, so that a conditional request is answered after one small query, without rendering.
import { createHash } from "node:crypto";
import { CALENDAR_FORMAT_VERSION } from "./render-calendar";

export interface FeedValidators {
  etag: string;
  lastModified: Date;
}

export interface ValidatorInput {
  /** What the feed is: its canonical filter key or the item id, and the settings that shape it. */
  identity: unknown[];
  /** Facts of the matching rows that change whenever the content changes (counts, latest edits). */
  facts: unknown[];
  /** Instants at which the content may have changed; the latest becomes Last-Modified. */
  changedAt: (Date | null)[];
}

/** A weak ETag (the same data may one day be sent compressed) and a Last-Modified in whole seconds. */
export function computeValidators(input: ValidatorInput): FeedValidators {
  const hash = createHash("sha256")
    .update(JSON.stringify([CALENDAR_FORMAT_VERSION, input.identity, input.facts]))
    .digest("base64url")
    .slice(0, 27);
  const latest = Math.max(0, ...input.changedAt.map((date) => date?.getTime() ?? 0));
  return { etag: `W/"${hash}"`, lastModified: new Date(Math.floor(latest / 1000) * 1000) };
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/**
 * True when the client's copy is current (RFC 9110 13.1.2/13.1.3): If-None-Match, compared
 * weakly, decides when present; otherwise If-Modified-Since against Last-Modified.
 */
export function isNotModified(headers: Headers, validators: FeedValidators): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    // The common poll sends back exactly the ETag it was given.
    if (ifNoneMatch === validators.etag) return true;
    if (ifNoneMatch.trim() === "*") return true;
    const current = opaqueTag(validators.etag);
    return ifNoneMatch.split(",").some((tag) => opaqueTag(tag) === current);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
}

/** A public feed may sit in an HTTP cache for five minutes; clients revalidate after that. */
export const FEED_CACHE_CONTROL = "public, max-age=300";

export function validatorHeaders(validators: FeedValidators): Record<string, string> {
  return {
    ETag: validators.etag,
    "Last-Modified": validators.lastModified.toUTCString(),
    "Cache-Control": FEED_CACHE_CONTROL,
  };
}
