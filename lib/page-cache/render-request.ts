// What the page cache's own render of a public page is told about the visitor: the language,
// checked to be one of ours, and nothing else. The render's HTML goes to every anonymous
// visitor, so no cookie, credential or header of the asking request may reach it: a session
// once arrived hidden inside the language cookie ("x; authjs.session-token=…") and the kept
// page showed everyone a member's signed-in view.
import { LOCALE_COOKIE, type Locale } from "../i18n/locale";

export const RENDER_MARK = "x-fristvakt-page-render";

/** The headers the cache's render request is sent with. */
export function renderRequestHeaders(locale: Locale, secret: string): Record<string, string> {
  return { [RENDER_MARK]: secret, "accept-encoding": "identity", cookie: `${LOCALE_COOKIE}=${locale}` };
}

// Whatever could tell the app who is asking, or pick a language other than the checked one.
const VISITOR_HEADERS = ["cookie", "authorization", "proxy-authorization", "accept-language", RENDER_MARK];

/**
 * The request headers a cache render reaches the page with: those of the render request
 * without anything that names a visitor, and the language cookie rebuilt from `locale`.
 * The proxy applies it to every cache render, so even a render request that carried more
 * could not be rendered as someone's own page.
 */
export function anonymousRenderHeaders(headers: Headers, locale: Locale): Headers {
  const clean = new Headers(headers);
  for (const name of VISITOR_HEADERS) clean.delete(name);
  clean.set("cookie", `${LOCALE_COOKIE}=${locale}`);
  return clean;
}
