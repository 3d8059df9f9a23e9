import { parseFeedQuery } from "@/lib/feeds/feed-scope";
import { serveFilterFeed } from "../serve-feed";

// Answered per request: the validators decide between 304 and a fresh calendar.
export const dynamic = "force-dynamic";

/** `/feeds/calendar.ics?actor=a,b&topic=c&kind=hearing`: any combination of the three. */
export function GET(request: Request) {
  return serveFilterFeed(request, parseFeedQuery(new URL(request.url).searchParams));
}

// Exported so that HEAD answers the headers without loading and rendering the items.
export const HEAD = GET;
