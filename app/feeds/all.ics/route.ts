import { ALL_ITEMS } from "@/lib/feeds/feed-scope";
import { serveFilterFeed } from "../serve-feed";

// Answered per request: the validators decide between 304 and a fresh calendar.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFilterFeed(request, { filter: ALL_ITEMS });
}

// Exported so that HEAD answers the headers without loading and rendering the items.
export const HEAD = GET;
