// An organisation's private feed, found by its secret token. Unknown and revoked tokens
// answer 404 like any missing page; the answer is never cached by shared caches and never
// sends the address (which holds the token) on as a referrer.
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { ALL_ITEMS } from "@/lib/feeds/feed-scope";
import { isNotModified, validatorHeaders } from "@/lib/feeds/http-cache";
import { renderPrivateCalendarChunks } from "@/lib/feeds/private-calendar";
import { feedHistoryMonthsFromEnv, publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { listFeedItems } from "@/lib/items/feed-queries";
import { findOrganisationByFeedToken } from "@/lib/organisations/feed-token-lookup";
import { getResponsesForFeedOwner } from "@/lib/responses/feed-responses";
import { calendarBody, textResponse, unavailable } from "./serve-feed";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-cache", "Referrer-Policy": "no-referrer" };

export async function servePrivateFeed(request: Request, file: string): Promise<Response> {
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const env = process.env;
  try {
    const db = getDb();
    const now = currentTime(env);
    const owner = token ? await findOrganisationByFeedToken(db, token, now) : null;
    if (!owner) return textResponse(request, 404, "Ukjent eller tilbaketrukket kalenderlenke.", PRIVATE_HEADERS);
    const [items, responses] = await Promise.all([
      listFeedItems(db, ALL_ITEMS, { now, historyMonths: feedHistoryMonthsFromEnv(env) }),
      getResponsesForFeedOwner(db, owner),
    ]);
    const chunks = renderPrivateCalendarChunks({ organisationName: owner.organisationName, items, responses, baseUrl: publicBaseUrlFromEnv(env) });
    // Few clients poll a private feed, so its validator is simply the hash of what it sends
    // (deterministic: DTSTAMP is each event's last revision).
    const hash = createHash("sha256");
    for (const chunk of chunks) hash.update(chunk);
    const changes = [...items.map((item) => item.updatedAt.getTime()), ...[...responses.values()].map((response) => response.updatedAt.getTime())];
    const validators = {
      etag: `"${hash.digest("base64url").slice(0, 27)}"`,
      lastModified: new Date(Math.floor(Math.max(0, ...changes) / 1000) * 1000),
    };
    const headers = { ...validatorHeaders(validators), ...PRIVATE_HEADERS };
    if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
    const content = request.method === "HEAD" ? null : calendarBody(chunks);
    return new Response(content?.body ?? null, {
      status: 200,
      headers: { "Content-Type": "text/calendar; charset=utf-8", ...(content ? { "Content-Length": String(content.length) } : {}), ...headers },
    });
  } catch (error) {
    return unavailable(request, error);
  }
}
