import { toApiItem } from "@/lib/api/item-json";
import { apiError } from "@/lib/api/errors";
import { parseApiItemsQuery } from "@/lib/api/params";
import { findUnknownSlug, listApiItems } from "@/lib/api/queries";
import { errorAnswer, jsonAnswer, serveApi } from "../serve-api";

export const dynamic = "force-dynamic";

/** GET /api/items: the feeds' filters plus status, updatedSince and cursor pagination (see /api/openapi.json). */
export function GET(request: Request) {
  return serveApi(request, async ({ db, time, baseUrl }) => {
    const parsed = parseApiItemsQuery(new URL(request.url).searchParams);
    if ("error" in parsed) return errorAnswer(parsed.error);
    const { query } = parsed;
    for (const field of ["actor", "topic"] as const) {
      const unknown = await findUnknownSlug(db, field, field === "actor" ? query.filter.actors : query.filter.topics);
      if (unknown) return errorAnswer(apiError("invalid_parameter", `No ${field} has the slug "${unknown}".`, field));
    }
    const page = await listApiItems(db, query, time);
    return jsonAnswer({
      items: page.items.map((item) => toApiItem(item, baseUrl, time.now, time.closingSoonDays)),
      nextCursor: page.nextCursor,
    });
  });
}
