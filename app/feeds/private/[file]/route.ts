import { servePrivateFeed } from "../../serve-private-feed";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context) {
  return servePrivateFeed(request, (await params).file);
}

export const HEAD = GET;
