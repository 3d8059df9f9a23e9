// The HTTP side of every calendar feed: validated parameters in, one query for the cache
// validators, 304 when the client's copy is current, else the items, rendered (a few at a
// time). A failure to load, or a wait too long for a turn, answers 503 with Retry-After: a
// 200 with an empty calendar would wipe subscribers' copies.
import "server-only";
import { getDb } from "@/lib/db/client";
import { keptBytesStream } from "@/lib/kept-bytes-stream";
import type { Db } from "@/lib/db/prisma";
import { currentTime } from "@/lib/deadlines";
import { getMessages } from "@/lib/i18n/messages";
import { feedPath, itemCalendarPath } from "@/lib/feeds/feed-urls";
import { describeMissing, feedName, itemCalendarName, type FeedFilter, type ParsedFeed } from "@/lib/feeds/feed-scope";
import { filterFeedValidators, itemCalendarValidators, type FeedSettings } from "@/lib/feeds/feed-stamp";
import { isNotModified, validatorHeaders, type FeedValidators } from "@/lib/feeds/http-cache";
import { createLimiter } from "@/lib/feeds/build-limit";
import { RenderedFeedCache } from "@/lib/feeds/rendered-cache";
import { publicCalendar, renderCalendarChunks } from "@/lib/feeds/render-calendar";
import { feedHistoryMonthsFromEnv, publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { replaceMergedActorSlugs } from "@/lib/actors/former-slugs";
import { chooseEncoding, canSendEncoded, ENCODING_HEADER } from "@/lib/feeds/content-encoding";
import { getFeedWindow } from "@/lib/feeds/feed-window";
import { FeedStampMemo } from "@/lib/feeds/stamp-memo";
import { readContentVersion } from "@/lib/page-cache/content-version";
import { forEachFeedBatch, getFeedStamp, type FeedStampResult, type FeedTime } from "@/lib/feeds/feed-queries";
import { getItem } from "@/lib/items/queries";

export interface FeedDeps {
  getDb: () => Db;
  env: Record<string, string | undefined>;
  /** The content version (null when unknown: then every request asks the database). */
  contentVersion: () => Promise<string | null>;
}

const DEFAULT_DEPS: FeedDeps = { getDb, env: process.env, contentVersion: () => readContentVersion() };
const RETRY_AFTER_SECONDS = "60";
// Two builds overlap one's query with the other's rendering; more would only queue on the CPU.
const feedBuilds = createLimiter(2, 60_000);
// 64 MB holds the all-items feed of a large installation and the common filtered ones.
const renderedFeeds = new RenderedFeedCache(64 * 1024 * 1024);
const buildsUnderWay = new Map<string, Promise<Uint8Array<ArrayBuffer>[]>>();
/** A feed's stamp with the validators and 304 headers made from it, made once per stamp. */
interface StampedFeed {
  result: FeedStampResult;
  validators: FeedValidators | null;
  notModifiedHeaders: Record<string, string>;
}
const stamps = new FeedStampMemo<StampedFeed>();

// The Oslo day changes once a day; working it out (time zones) is worth doing once a minute.
let dayOfMinute = { minute: -1, historyMonths: -1, today: "" };
function osloDayOf(now: Date, historyMonths: number): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (dayOfMinute.minute !== minute || dayOfMinute.historyMonths !== historyMonths) {
    dayOfMinute = { minute, historyMonths, today: getFeedWindow(now, historyMonths).today };
  }
  return dayOfMinute.today;
}

/**
 * The stamp of a filter feed, remembered per content version. The version is read before the
 * query: an edit committed in between raises it, so a stamp is never kept under a version
 * newer than its data.
 */
async function stampedFeed(deps: FeedDeps, filter: FeedFilter, time: FeedTime, settings: FeedSettings): Promise<StampedFeed> {
  const version = await deps.contentVersion();
  const key = version === null ? null : FeedStampMemo.key(version, osloDayOf(time.now, time.historyMonths), filter, settings);
  const remembered = key === null ? undefined : stamps.get(key);
  if (remembered) return remembered;
  const result = await getFeedStamp(deps.getDb(), filter, time);
  const validators = result.found ? filterFeedValidators(filter, result.stamp, result.window, settings) : null;
  const stamped = {
    result,
    validators,
    notModifiedHeaders: validators ? { ...validatorHeaders(validators), Vary: "Accept-Encoding" } : {},
  };
  if (key !== null) stamps.set(key, stamped);
  return stamped;
}

/**
 * The feed with this ETag: from memory when it was rendered before, else built (a few builds at
 * a time) and kept. Requests that miss together, as every poller does after an edit, share
 * one build instead of each making its own.
 */
export function renderedFeed(etag: string, build: () => Promise<Uint8Array<ArrayBuffer>[]>): Promise<Uint8Array<ArrayBuffer>[]> {
  const kept = renderedFeeds.get(etag);
  if (kept) return Promise.resolve(kept);
  let underWay = buildsUnderWay.get(etag);
  if (!underWay) {
    underWay = feedBuilds
      .run(build)
      .then((chunks) => {
        renderedFeeds.set(etag, chunks);
        return chunks;
      })
      .finally(() => buildsUnderWay.delete(etag));
    buildsUnderWay.set(etag, underWay);
  }
  return underWay;
}
const nb = getMessages("nb");

export function textResponse(request: Request, status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(request.method === "HEAD" ? null : `${text}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export function unavailable(request: Request, error: unknown): Response {
  console.error("A calendar feed could not be loaded:", error);
  return textResponse(request, 503, nb.feed.unavailable, { "Retry-After": RETRY_AFTER_SECONDS });
}

/** The rendered chunks as a response body, sent as they are (no copy into one buffer). */
export function calendarBody(chunks: Uint8Array<ArrayBuffer>[]): { body: ReadableStream<Uint8Array>; length: number } {
  return { body: keptBytesStream(chunks), length: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
}

/**
 * The kept feed in the encoding the client asks for, compressed once per ETag; null when it
 * is to be sent plain (not asked for, not kept, or a server that compresses every body itself).
 */
async function encodedFeed(request: Request, etag: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; encoding: string } | null> {
  if (!canSendEncoded()) return null;
  const encoding = chooseEncoding(request.headers.get("accept-encoding"));
  if (encoding === "identity") return null;
  const bytes = renderedFeeds.encoded(etag, encoding);
  return bytes ? { bytes: (await bytes) as Uint8Array<ArrayBuffer>, encoding } : null;
}

function calendarResponse(
  request: Request,
  validators: FeedValidators,
  chunks: Uint8Array<ArrayBuffer>[] | null,
  extra: Record<string, string> = {},
): Response {
  const content = request.method === "HEAD" || !chunks ? null : calendarBody(chunks);
  return new Response(content?.body ?? null, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      ...(content ? { "Content-Length": String(content.length) } : {}),
      ...validatorHeaders(validators),
      Vary: "Accept-Encoding",
      ...extra,
    },
  });
}

function movedPermanently(request: Request, location: string): Response {
  return textResponse(request, 301, location, { Location: location, "Cache-Control": "public, max-age=86400" });
}

function notModified(validators: FeedValidators): Response {
  return new Response(null, { status: 304, headers: { ...validatorHeaders(validators), Vary: "Accept-Encoding" } });
}

/** A feed of items by actor, topic and kind (all of them for an empty filter). */
export async function serveFilterFeed(request: Request, parsed: ParsedFeed, deps: FeedDeps = DEFAULT_DEPS): Promise<Response> {
  if ("problem" in parsed) return textResponse(request, 404, parsed.problem);
  const { filter } = parsed;
  const settings = { baseUrl: publicBaseUrlFromEnv(deps.env), historyMonths: feedHistoryMonthsFromEnv(deps.env) };
  const time = { now: currentTime(deps.env), historyMonths: settings.historyMonths };
  try {
    const { result, validators, notModifiedHeaders } = await stampedFeed(deps, filter, time, settings);
    if (!result.found) {
      // An actor merged into another: existing subscribers are sent on to the feed that now has its items.
      const actors = result.missing.field === "actor" ? await replaceMergedActorSlugs(deps.getDb(), filter.actors) : null;
      if (actors) return movedPermanently(request, settings.baseUrl + feedPath({ ...filter, actors }));
      return textResponse(request, 404, describeMissing(result.missing.field, result.missing.value));
    }
    if (!validators) throw new Error("a found feed has validators");
    if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers: notModifiedHeaders });
    if (request.method === "HEAD") return calendarResponse(request, validators, null);
    const body = await renderedFeed(validators.etag, async () => {
      const calendar = publicCalendar({
        name: feedName(filter, result.stamp.names),
        baseUrl: settings.baseUrl,
        sourceUrl: settings.baseUrl + feedPath(filter),
      });
      await forEachFeedBatch(deps.getDb(), filter, time, (items) => calendar.add(items));
      return calendar.finish();
    });
    const encoded = await encodedFeed(request, validators.etag);
    if (encoded) return calendarResponse(request, validators, [encoded.bytes], { [ENCODING_HEADER]: encoded.encoding });
    return calendarResponse(request, validators, body);
  } catch (error) {
    return unavailable(request, error);
  }
}

/** One item as a calendar file to download or import, whatever its date. */
export async function serveItemCalendar(request: Request, id: string, deps: FeedDeps = DEFAULT_DEPS): Promise<Response> {
  const baseUrl = publicBaseUrlFromEnv(deps.env);
  try {
    const item = await getItem(deps.getDb(), id);
    if (!item) return textResponse(request, 404, nb.feed.itemNotFound);
    const validators = itemCalendarValidators(item, baseUrl);
    if (isNotModified(request.headers, validators)) return notModified(validators);
    const body =
      request.method === "HEAD"
        ? null
        : renderCalendarChunks({
            name: itemCalendarName(item.title),
            items: [item],
            baseUrl,
            sourceUrl: baseUrl + itemCalendarPath(item.id),
          });
    return calendarResponse(request, validators, body, { "Content-Disposition": `attachment; filename="fristvakt-${item.id}.ics"` });
  } catch (error) {
    return unavailable(request, error);
  }
}
