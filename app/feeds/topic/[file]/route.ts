import { parseFeedPath } from "@/lib/feeds/feed-scope";
import { serveFilterFeed } from "../../serve-feed";

// Answered per request: the validators decide between 304 and a fresh calendar.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

/** `/feeds/topic/<slug>.ics` */
export async function GET(request: Request, { params }: Context) {
  return serveFilterFeed(request, parseFeedPath("topic", (await params).file));
}

// Exported so that HEAD answers the headers without loading and rendering the items.
export const HEAD = GET;
