// An organisation's private feed, found by its secret token. Unknown and revoked tokens
// answer 404 like any missing page; the answer is never cached by shared caches and never
// sends the address (which holds the token) on as a referrer. Like the public feeds, its
// validators come from the data (the items' aggregate and the organisation's responses'), so
// a conditional request costs one or two small queries and an unchanged feed is sent from
// memory, compressed once per ETag.
import "server-only";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { ENCODING_HEADER } from "@/lib/feeds/content-encoding";
import { ALL_ITEMS } from "@/lib/feeds/feed-scope";
import { computeValidators, isNotModified, validatorHeaders, type FeedValidators } from "@/lib/feeds/http-cache";
import { privateCalendar } from "@/lib/feeds/private-calendar";
import { feedSettingsFromEnv } from "@/lib/feeds/settings";
import { forEachFeedBatch } from "@/lib/feeds/feed-queries";
import { stampedFeed } from "@/lib/feeds/stamped-feed";
import { findOrganisationByFeedToken } from "@/lib/organisations/feed-token-lookup";
import { getResponsesForFeedOwner, getResponseStampForFeedOwner } from "@/lib/responses/feed-responses";
import { encodedFeed, renderedFeed } from "@/lib/feeds/kept-feeds";
import { readContentVersion } from "@/lib/page-cache/content-version";
import { calendarBody, encodingFor, textResponse, unavailable } from "./serve-feed";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-cache", "Referrer-Policy": "no-referrer", Vary: "Accept-Encoding" };

/** The 200: the kept bytes, compressed once per ETag when the client takes gzip or brotli (as calendar clients do). */
async function privateResponse(request: Request, validators: FeedValidators, chunks: Uint8Array<ArrayBuffer>[]): Promise<Response> {
  const encoding = request.method === "HEAD" ? "identity" : encodingFor(request);
  const encoded = encoding === "identity" ? null : encodedFeed(validators.etag, encoding);
  const bytes = encoded ? [(await encoded) as Uint8Array<ArrayBuffer>] : chunks;
  const content = request.method === "HEAD" ? null : calendarBody(bytes);
  return new Response(content?.body ?? null, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      ...(content ? { "Content-Length": String(content.length) } : {}),
      ...(encoded ? { [ENCODING_HEADER]: encoding } : {}),
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
    const settings = feedSettingsFromEnv(env);
    const time = { now, historyMonths: settings.historyMonths };
    // The items' part is the public all-items feed's stamp, remembered under the content version
    // held in memory like the public feeds'; the organisation's responses raise no content
    // version, so their part is asked for every time.
    const [items, responses] = await Promise.all([
      readContentVersion().then((version) => stampedFeed(db, version, ALL_ITEMS, time, settings)),
      getResponseStampForFeedOwner(db, owner),
    ]);
    const base = items.validators;
    if (!base) throw new Error("The all-items feed has no filter that can be missing.");
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
    return await privateResponse(request, validators, chunks);
  } catch (error) {
    return unavailable(request, error);
  }
}
