import { NextResponse, type NextRequest } from "next/server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function plain(status: number, text: string): NextResponse {
  return new NextResponse(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Two refusals before any route runs. A path with broken percent-encoding ("/items/%ZZ")
 * cannot be decoded into route parameters; Next.js would answer it with a bare 500. And a
 * state-changing request sent by another site's page (its Origin names another host) is
 * refused, whatever route it aims at; server actions and Auth.js check again themselves.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return plain(400, "Ugyldig adresse / Invalid address");
  }
  const origin = request.headers.get("origin");
  if (!SAFE_METHODS.has(request.method) && origin && origin !== "null") {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) return plain(403, "Forespørsler fra andre nettsteder avvises / Cross-site requests are refused");
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user input.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
