// Which requests may get a page another anonymous visitor got, and under which key. A public
// page depends only on its address, the visitor's language, the content version and the time;
// the key holds all four. Everything else (signed-in visitors, client-side navigation, server
// actions, pages of one's own) is rendered for its request.
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "../i18n/locale";

const CACHEABLE_PATH = /^\/(?:(?:items|actors|topics)(?:\/[A-Za-z0-9-]{1,100})?)?$/;
const NOT_CACHEABLE_PATH = /^\/items\/new$/;
const MAX_SEARCH_LENGTH = 500;

// Sent by the Next.js router for client-side navigation, prefetches and server actions.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  cookies: { name: string; value: string }[];
}

export interface CacheablePage {
  /** The language negotiated from the request: the only thing of the visitor's the render gets. */
  locale: Locale;
  /** The address and language; the content version and the minute complete the key. */
  key: string;
}

/**
 * A browser loading a page asks for HTML. Next.js strips the router's own headers (RSC, …)
 * and its "_rsc" query before the proxy runs, so the router's fetches for client-side
 * navigation, which accept anything, are told apart by this; sent a kept HTML page instead
 * of the router's payload, the browser would load the whole page again.
 */
function isPageView(headers: Headers): boolean {
  const mode = headers.get("sec-fetch-mode");
  if (mode !== null && mode !== "navigate") return false;
  return (headers.get("accept") ?? "").includes("text/html");
}

/** Auth.js names its session cookie "authjs.session-token", "__Secure-…", split as "….0", "….1". */
function hasSessionCookie(cookies: PageRequest["cookies"]): boolean {
  return cookies.some((cookie) => cookie.name.includes("session-token"));
}

export function cacheablePage(request: PageRequest): CacheablePage | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!CACHEABLE_PATH.test(request.pathname) || NOT_CACHEABLE_PATH.test(request.pathname)) return null;
  if (request.search.length > MAX_SEARCH_LENGTH) return null;
  if (ROUTER_HEADERS.some((name) => request.headers.has(name))) return null;
  if (!isPageView(request.headers)) return null;
  if (hasSessionCookie(request.cookies)) return null;
  const localeCookie = request.cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value;
  const locale = negotiateLocale(localeCookie, request.headers.get("accept-language"));
  return { locale, key: `${locale} ${request.pathname}${request.search}` };
}

/** The part of the key that changes by itself: content edits and the passing minutes. */
export function pageGeneration(contentVersion: string, now: Date): string {
  return `${contentVersion}@${Math.floor(now.getTime() / 60_000)}`;
}
