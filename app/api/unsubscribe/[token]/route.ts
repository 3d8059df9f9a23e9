import "server-only";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { isAppError } from "@/lib/errors";
import { unsubscribeSecretFromEnv } from "@/lib/reminders/app-secret";
import { unsubscribeByToken } from "@/lib/reminders/unsubscribe";

// The List-Unsubscribe address. Mail programs unsubscribe with a POST here (RFC 8058
// one-click); a GET, which scanners and link previews make, only leads to the page that asks.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const text = (status: number, body: string) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}

export async function POST(_request: Request, { params }: Context) {
  const { token } = await params;
  try {
    await unsubscribeByToken(getDb(), unsubscribeSecretFromEnv(), token, currentTime());
    return text(200, "Avmeldt / Unsubscribed");
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      return text(
        404,
        error.reason === "UNSUBSCRIBE_LINK_EXPIRED"
          ? "Lenken er utløpt / The link has expired"
          : "Lenken er ikke gyldig / The link is not valid",
      );
    }
    throw error;
  }
}
