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
import { itemCalendarValidators, type FeedSettings } from "@/lib/feeds/feed-stamp";
import { isNotModified, validatorHeaders, type FeedValidators } from "@/lib/feeds/http-cache";
import { encodedFeed, encodedFeedNow, keptFeed, renderedFeed } from "@/lib/feeds/kept-feeds";
import { publicCalendar, renderCalendarChunks } from "@/lib/feeds/render-calendar";
import { feedSettingsFromEnv, publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { replaceMergedActorSlugs } from "@/lib/actors/former-slugs";
import { chooseEncoding, canSendEncoded, ENCODING_HEADER } from "@/lib/feeds/content-encoding";
import { keptStampedFeed, stampedFeed, type StampedFeed } from "@/lib/feeds/stamped-feed";
import { heldContentVersion, readContentVersion } from "@/lib/page-cache/content-version";
import { forEachFeedBatch, type FeedTime } from "@/lib/feeds/feed-queries";
import { getItem } from "@/lib/items/queries";

export interface FeedDeps {
  getDb: () => Db;
  env: Record<string, string | undefined>;
  /**
   * The content version (null when unknown: then every request asks the database). Given at
   * once when it is held in memory: then a poll of a kept feed is answered without waiting.
   */
  contentVersion: () => string | null | Promise<string | null>;
}

const DEFAULT_DEPS: FeedDeps = { getDb, env: process.env, contentVersion: () => heldContentVersion() ?? readContentVersion() };
const RETRY_AFTER_SECONDS = "60";
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

/** The encoding to send a kept feed in: identity for a server that compresses every body itself. */
export function encodingFor(request: Request): "br" | "gzip" | "identity" {
  return canSendEncoded() ? chooseEncoding(request.headers.get("accept-encoding")) : "identity";
}

/** A public feed's 200 with the kept bytes (plain, or compressed as `encoding`); headers only for HEAD. */
function keptCalendarResponse(request: Request, stamped: StampedFeed, bytes: Uint8Array[] | null, encoding: string): Response {
  const content = request.method === "HEAD" || !bytes ? null : calendarBody(bytes as Uint8Array<ArrayBuffer>[]);
  const headers: Record<string, string> = { ...stamped.calendarHeaders };
  if (content) headers["Content-Length"] = String(content.length);
  if (content && encoding !== "identity") headers[ENCODING_HEADER] = encoding;
  return new Response(content?.body ?? null, { status: 200, headers });
}

/**
 * The answer made from memory alone, as most polls get it: a 304, a HEAD, or a 200 with the
 * kept bytes in the encoding asked for; null when something must be loaded, built or compressed.
 */
function answerFromMemory(request: Request, stamped: StampedFeed): Response | null {
  const { validators } = stamped;
  if (!validators) return null;
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers: stamped.notModifiedHeaders });
  if (request.method === "HEAD") return keptCalendarResponse(request, stamped, null, "identity");
  const encoding = encodingFor(request);
  if (encoding === "identity") {
    const chunks = keptFeed(validators.etag);
    return chunks ? keptCalendarResponse(request, stamped, chunks, encoding) : null;
  }
  const bytes = encodedFeedNow(validators.etag, encoding);
  return bytes ? keptCalendarResponse(request, stamped, [bytes], encoding) : null;
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

/**
 * A feed of items by actor, topic and kind (all of them for an empty filter). While the
 * content version is held in memory and the feed was stamped and kept under it, the answer
 * is made at once; otherwise it waits for the database.
 */
export function serveFilterFeed(request: Request, parsed: ParsedFeed, deps: FeedDeps = DEFAULT_DEPS): Response | Promise<Response> {
  if ("problem" in parsed) return textResponse(request, 404, parsed.problem);
  const { filter } = parsed;
  const settings = feedSettingsFromEnv(deps.env);
  const time = { now: currentTime(deps.env), historyMonths: settings.historyMonths };
  const version = deps.contentVersion();
  if (typeof version === "string") {
    const kept = keptStampedFeed(version, filter, time, settings);
    const answer = kept ? answerFromMemory(request, kept) : null;
    if (answer) return answer;
  }
  return serveFromDatabase(request, filter, settings, time, deps, version);
}

async function serveFromDatabase(
  request: Request,
  filter: FeedFilter,
  settings: FeedSettings,
  time: FeedTime,
  deps: FeedDeps,
  contentVersion: string | null | Promise<string | null>,
): Promise<Response> {
  try {
    const stamped = await stampedFeed(deps.getDb(), await contentVersion, filter, time, settings);
    const { result, validators } = stamped;
    if (!result.found) {
      // An actor merged into another: existing subscribers are sent on to the feed that now has its items.
      const actors = result.missing.field === "actor" ? await replaceMergedActorSlugs(deps.getDb(), filter.actors) : null;
      if (actors) return movedPermanently(request, settings.baseUrl + feedPath({ ...filter, actors }));
      return textResponse(request, 404, describeMissing(result.missing.field, result.missing.value));
    }
    if (!validators) throw new Error("a found feed has validators");
    if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers: stamped.notModifiedHeaders });
    if (request.method === "HEAD") return keptCalendarResponse(request, stamped, null, "identity");
    const body = await renderedFeed(validators.etag, async () => {
      const calendar = publicCalendar({
        name: feedName(filter, result.stamp.names),
        baseUrl: settings.baseUrl,
        sourceUrl: settings.baseUrl + feedPath(filter),
      });
      await forEachFeedBatch(deps.getDb(), filter, time, (items) => calendar.add(items));
      return calendar.finish();
    });
    const encoding = encodingFor(request);
    const encoded = encoding === "identity" ? null : encodedFeed(validators.etag, encoding);
    if (encoding !== "identity" && encoded) return keptCalendarResponse(request, stamped, [await encoded], encoding);
    return keptCalendarResponse(request, stamped, body, "identity");
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
