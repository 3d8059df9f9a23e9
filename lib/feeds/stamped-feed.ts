// A public feed's stamp (feed-queries.ts) with the validators and response headers made from
// it, made once per content version, Oslo day and settings (stamp-memo.ts). While the content
// version is held in memory, a poll finds its feed's stamp here without a query, and a 304 or
// a kept 200 is answered from a few lookups.
import type { Db } from "../db/prisma";
import type { FeedFilter } from "./feed-scope";
import { filterFeedValidators, type FeedSettings } from "./feed-stamp";
import { getFeedStamp, type FeedStampResult, type FeedTime } from "./feed-queries";
import { validatorHeaders, type FeedValidators } from "./http-cache";
import { FeedStampMemo } from "./stamp-memo";
import { recordFeedGeneration } from "./poll-lane";
import { generationOf } from "./stamp-generation";

export interface StampedFeed {
  result: FeedStampResult;
  /** Null for a feed that is not found (result.found false). */
  validators: FeedValidators | null;
  /** The headers of a 304, and of a 200 before its length and encoding. */
  notModifiedHeaders: Record<string, string>;
  calendarHeaders: Record<string, string>;
}

const stamps = new FeedStampMemo<StampedFeed>();

/** The feed's stamp made under this content version, day and settings, if there is one; never queries. */
export function keptStampedFeed(
  contentVersion: string,
  filter: FeedFilter,
  time: FeedTime,
  settings: FeedSettings,
): StampedFeed | undefined {
  return stamps.get(filter, generationOf(contentVersion, time, settings));
}

/**
 * The feed's stamp: remembered, or queried and then remembered under `contentVersion` (null:
 * the version is unknown, so nothing is remembered). The caller reads the version before this
 * query: an edit committed in between raises it, so a stamp is never kept under a version
 * newer than its data.
 */
export async function stampedFeed(
  db: Db,
  contentVersion: string | null,
  filter: FeedFilter,
  time: FeedTime,
  settings: FeedSettings,
): Promise<StampedFeed> {
  const generation = contentVersion === null ? null : generationOf(contentVersion, time, settings);
  const remembered = generation === null ? undefined : stamps.get(filter, generation);
  if (remembered) return remembered;
  const result = await getFeedStamp(db, filter, time);
  const validators = result.found ? filterFeedValidators(filter, result.stamp, result.window, settings) : null;
  const notModifiedHeaders: Record<string, string> = validators ? { ...validatorHeaders(validators), Vary: "Accept-Encoding" } : {};
  const stamped: StampedFeed = {
    result,
    validators,
    notModifiedHeaders,
    calendarHeaders: { "Content-Type": "text/calendar; charset=utf-8", "X-Content-Type-Options": "nosniff", ...notModifiedHeaders },
  };
  if (generation !== null) {
    stamps.set(filter, generation, stamped);
    if (validators) recordFeedGeneration(validators.etag, generation);
  }
  return stamped;
}
