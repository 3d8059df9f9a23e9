// The page cache as the request proxy uses it. For a public page asked by an anonymous
// visitor: the page rendered for an earlier visitor of the same generation, or a render made
// now (by asking this server for the page, marked so it passes straight through) and kept.
// Requests for one page arriving together wait for one render. Whenever the cache cannot help
// (the version cannot be read, the render fails), the request goes on to be rendered as usual.
import { currentTime } from "../deadlines";
import { keptBytesStream } from "../kept-bytes-stream";
import { SharedRenders } from "../shared-render";
import { cacheablePage, pageGeneration, type CacheablePage, type PageRequest } from "./page-key";
import { readContentVersion } from "./content-version";
import { cutAtPlaceholder, joinWithNonce } from "./nonce-slots";
import { PageStore, type RenderedPage } from "./page-store";
import { renderKeysFromEnv } from "./render-keys";
import { RENDER_MARK, renderRequestHeaders } from "./render-request";
import { pageCacheMbFromEnv } from "./settings";

const CACHE_HEADER = "x-fristvakt-page-cache";
const RENDER_TIMEOUT_MS = 30_000;
// Hop-by-hop and framing headers belong to one response; set-cookie to one visitor; the
// CSP to one response (its nonce), and the proxy sets it on every response.
const UNKEPT_HEADERS = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "content-security-policy",
]);

interface CacheState {
  store: PageStore | null;
  secret: string;
  /** The nonce renders are made with, replaced by each response's own (nonce-slots.ts). */
  placeholderNonce: string;
  rendering: SharedRenders<Render | null>;
}

const holder = globalThis as unknown as { fristvaktPageCache?: CacheState };

function state(): CacheState {
  if (!holder.fristvaktPageCache) {
    const mb = pageCacheMbFromEnv();
    holder.fristvaktPageCache = {
      store: mb > 0 ? new PageStore(mb * 1024 * 1024) : null,
      ...renderKeysFromEnv(),
      rendering: new SharedRenders(),
    };
  }
  return holder.fristvaktPageCache;
}

/** The CSP nonce the cache's own renders are made with (the proxy sets it for them). */
export function renderNonce(): string {
  return state().placeholderNonce;
}

/** True for the render the cache asks for itself: it must be rendered, not looked up. */
export function isCacheRender(headers: Headers): boolean {
  return headers.get(RENDER_MARK) === state().secret;
}

function ownOrigin(): string {
  // Next.js records the address it listens on when it starts; PORT is the fallback.
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

interface Render {
  page: RenderedPage;
  /** A 200 HTML page that set no cookie: the same for every anonymous visitor. */
  isKept: boolean;
}

/** The page as this server renders it for an anonymous visitor, or null when it could not be asked. */
async function render(request: PageRequest, page: CacheablePage, s: CacheState): Promise<Render | null> {
  try {
    // The address and the checked language, nothing else of the request (see render-request.ts).
    const response = await fetch(`${ownOrigin()}${request.pathname}${request.search}`, {
      headers: renderRequestHeaders(page.locale, s.secret),
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const body = new Uint8Array(await response.arrayBuffer());
    // A cookie set for this request would reach others: then the request is rendered as usual.
    if (response.headers.has("set-cookie")) return null;
    const isKept = response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html");
    const kept = [...response.headers].filter(([name]) => !UNKEPT_HEADERS.has(name.toLowerCase()));
    return { page: { status: response.status, headers: kept, pieces: cutAtPlaceholder(body, s.placeholderNonce) }, isKept };
  } catch {
    return null;
  }
}

function toResponse(page: RenderedPage, method: string, outcome: "hit" | "miss", nonce: string): Response {
  const headers = new Headers(page.headers);
  headers.set(CACHE_HEADER, outcome);
  return new Response(method === "HEAD" ? null : keptBytesStream(joinWithNonce(page.pieces, nonce)), { status: page.status, headers });
}

/**
 * A response from the page cache, its scripts carrying `nonce` (the response's CSP nonce), or
 * null when the request should be rendered as usual.
 */
export async function serveCachedPage(request: PageRequest, nonce: string): Promise<Response | null> {
  const s = state();
  if (!s.store) return null;
  const page = cacheablePage(request);
  if (!page) return null;
  const version = await readContentVersion();
  if (version === null) return null;
  const generation = pageGeneration(version, currentTime());
  s.store.enter(generation);
  const stored = s.store.get(generation, page.key);
  if (stored) return toResponse(stored, request.method, "hit", nonce);

  const { result, joined } = s.rendering.run(`${generation} ${page.key}`, () =>
    render(request, page, s).then((rendered) => {
      if (rendered?.isKept) s.store?.put(generation, page.key, rendered.page);
      return rendered;
    }),
  );
  const rendered = await result;
  // A page that is not kept (a 404, say) was rendered for the request that asked first.
  if (joined) return rendered?.isKept ? toResponse(rendered.page, request.method, "hit", nonce) : null;
  return rendered ? toResponse(rendered.page, request.method, "miss", nonce) : null;
}
