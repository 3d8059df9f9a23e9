import "server-only";
import { cookies, headers } from "next/headers";
import { getViewer } from "./viewer";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "../i18n/locale";
import { getMessages, interpolate, type Messages } from "../i18n/messages";

export interface I18n {
  locale: Locale;
  m: Messages;
  /** A message with its "{placeholders}" filled in. */
  t: (template: string, values?: Record<string, string | number>) => string;
}

/**
 * The language of the current request: a signed-in user's saved choice, then the choice
 * kept in a cookie, then the browser's, then Bokmål.
 */
export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore, viewer] = await Promise.all([cookies(), headers(), getViewer()]);
  if (viewer.isSignedIn && viewer.locale) return viewer.locale;
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}

export async function getI18n(): Promise<I18n> {
  const locale = await getLocale();
  return { locale, m: getMessages(locale), t: interpolate };
}
