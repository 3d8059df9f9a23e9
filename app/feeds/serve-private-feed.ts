// An organisation's private feed, found by its secret token. Unknown and revoked tokens
// answer 404 like any missing page; the answer is never cached by shared caches and never
// sends the address (which holds the token) on as a referrer. Like the public feeds, its
// validators come from the data (the items' aggregate and the organisation's responses'), so
// a conditional request costs two small queries and an unchanged feed is sent from memory.
import "server-only";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { ALL_ITEMS } from "@/lib/feeds/feed-scope";
import { filterFeedValidators } from "@/lib/feeds/feed-stamp";
import { computeValidators, isNotModified, validatorHeaders, type FeedValidators } from "@/lib/feeds/http-cache";
import { privateCalendar } from "@/lib/feeds/private-calendar";
import { feedHistoryMonthsFromEnv, publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { forEachFeedBatch, getFeedStamp } from "@/lib/feeds/feed-queries";
import { findOrganisationByFeedToken } from "@/lib/organisations/feed-token-lookup";
import { getResponsesForFeedOwner, getResponseStampForFeedOwner } from "@/lib/responses/feed-responses";
import { renderedFeed } from "@/lib/feeds/kept-feeds";
import { calendarBody, textResponse, unavailable } from "./serve-feed";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-cache", "Referrer-Policy": "no-referrer" };

function privateResponse(request: Request, validators: FeedValidators, chunks: Uint8Array<ArrayBuffer>[]): Response {
  const content = request.method === "HEAD" ? null : calendarBody(chunks);
  return new Response(content?.body ?? null, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      ...(content ? { "Content-Length": String(content.length) } : {}),
      ...validatorHeaders(validators),
      ...PRIVATE_HEADERS,
    },
  });
}

export async function servePrivateFeed(request: Request, file: string): Promise<Response> {
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const env = process.env;
  try {
    const db = getDb();
    const now = currentTime(env);
    const owner = token ? await findOrganisationByFeedToken(db, token, now) : null;
    if (!owner) return textResponse(request, 404, "Ukjent eller tilbaketrukket kalenderlenke.", PRIVATE_HEADERS);
    const settings = { baseUrl: publicBaseUrlFromEnv(env), historyMonths: feedHistoryMonthsFromEnv(env) };
    const time = { now, historyMonths: settings.historyMonths };
    const [items, responses] = await Promise.all([getFeedStamp(db, ALL_ITEMS, time), getResponseStampForFeedOwner(db, owner)]);
    if (!items.found) throw new Error("The all-items feed has no filter that can be missing.");
    const base = filterFeedValidators(ALL_ITEMS, items.stamp, items.window, settings);
    const validators = computeValidators({
      identity: ["private", owner.organisationId, owner.organisationName, base.etag],
      facts: [responses.count, responses.lastUpdatedAt],
      changedAt: [base.lastModified, responses.lastUpdatedAt],
    });
    if (isNotModified(request.headers, validators)) {
      return new Response(null, { status: 304, headers: { ...validatorHeaders(validators), ...PRIVATE_HEADERS } });
    }
    const chunks = await renderedFeed(validators.etag, async () => {
      const byItem = await getResponsesForFeedOwner(db, owner);
      const calendar = privateCalendar({ organisationName: owner.organisationName, responses: byItem, baseUrl: settings.baseUrl });
      await forEachFeedBatch(db, ALL_ITEMS, time, (items) => calendar.add(items));
      return calendar.finish();
    });
    return privateResponse(request, validators, chunks);
  } catch (error) {
    return unavailable(request, error);
  }
}
