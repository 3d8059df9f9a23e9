import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseAvailable } from "./lib/db/availability";
import { contentSecurityPolicy, newNonce } from "./lib/csp/policy";
import { isLocale, DEFAULT_LOCALE, LOCALE_COOKIE } from "./lib/i18n/locale";
import { anonymousRenderHeaders } from "./lib/page-cache/render-request";
import { isCacheRender, renderNonce, serveCachedPage } from "./lib/page-cache/serve-cached-page";
import { addressProblem } from "./lib/address-problem";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Feeds, the JSON API and the health check answer their own 503 in their own format.
const ANSWERS_OWN_OUTAGE = /^\/(feeds|api)\/|\.ics$/;
// An item's calendar file is never a page: it passes with the least work.
const CALENDAR = /\.ics$/;

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fristvakt er midlertidig utilgjengelig</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Fristvakt er midlertidig utilgjengelig</h1>
<p>Vi får ikke kontakt med databasen. Ingenting du har lagret er tapt. Prøv igjen om litt.</p>
<p lang="en">Fristvakt is temporarily unavailable: the database does not answer. Nothing you saved is lost. Please try again shortly.</p>
</body></html>
`;

function plain(status: number, text: string): NextResponse {
  return new NextResponse(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Refusals before any route runs. A path with broken percent-encoding ("/items/%ZZ") cannot
 * be decoded into route parameters; Next.js would answer it with a bare 500. A state-changing
 * request sent by another site's page (its Origin names another host) is refused, whatever
 * route it aims at; server actions and Auth.js check again themselves. And while the database
 * does not answer, pages get one plain 503 page: nothing can be shown or saved without it.
 * Public pages for anonymous visitors come from the page cache when they can (lib/page-cache).
 * Every response carries a Content-Security-Policy with a nonce of its own (lib/csp); Next.js
 * reads the nonce from the policy passed on with the request and puts it on its scripts.
 */
export async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  if (isCacheRender(request.headers)) {
    // The page cache's own render becomes every anonymous visitor's page: it sees no visitor,
    // and its scripts carry the cache's placeholder nonce, replaced in each response it is sent in.
    const asked = request.cookies.get(LOCALE_COOKIE)?.value;
    const headers = anonymousRenderHeaders(request.headers, isLocale(asked) ? asked : DEFAULT_LOCALE);
    return withPolicy(NextResponse.next({ request: { headers: withRequestPolicy(headers, renderNonce()) } }), renderNonce());
  }
  if (CALENDAR.test(request.nextUrl.pathname) && SAFE_METHODS.has(request.method)) {
    return addressRefusal(request) ?? NextResponse.next();
  }
  const nonce = newNonce();
  return withPolicy(await route(request, nonce), nonce);
}

function addressRefusal(request: NextRequest): NextResponse | null {
  const problem = addressProblem(request.nextUrl.pathname + request.nextUrl.search);
  return problem ? plain(400, problem) : null;
}

function withRequestPolicy(headers: Headers, nonce: string): Headers {
  const passed = new Headers(headers);
  passed.set("content-security-policy", contentSecurityPolicy(nonce));
  return passed;
}

function withPolicy<R extends Response>(response: R, nonce: string): R {
  response.headers.set("content-security-policy", contentSecurityPolicy(nonce));
  return response;
}

async function route(request: NextRequest, nonce: string): Promise<NextResponse | Response> {
  const refusal = addressRefusal(request);
  if (refusal) return refusal;
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
  if (!ANSWERS_OWN_OUTAGE.test(request.nextUrl.pathname) && !(await isDatabaseAvailable())) {
    return new NextResponse(UNAVAILABLE_PAGE, {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": "15", "cache-control": "no-store" },
    });
  }
  const { pathname, search } = request.nextUrl;
  const cached = await serveCachedPage(
    { method: request.method, pathname, search, headers: request.headers, cookies: request.cookies.getAll() },
    nonce,
  );
  if (cached) return cached;
  return NextResponse.next({ request: { headers: withRequestPolicy(request.headers, nonce) } });
}

export const config = {
  // Static assets never carry user input. The feeds under /feeds/ are polled around the clock
  // and check everything themselves (a broken address is Next.js's own 400): running the proxy
  // for each poll cost them half their speed against a bare route handler (npm run bench:feeds).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|feeds/).*)"],
};
