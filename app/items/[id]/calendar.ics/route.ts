import { serveItemCalendar } from "../../../feeds/serve-feed";

// Answered per request: the validators decide between 304 and a fresh calendar.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `/items/<id>/calendar.ics`: one item, to download or import. */
export async function GET(request: Request, { params }: Context) {
  return serveItemCalendar(request, (await params).id);
}

export const HEAD = GET;
