import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "./locale";
import { getMessages, interpolate, type Messages } from "./messages";

export interface I18n {
  locale: Locale;
  m: Messages;
  /** A message with its "{placeholders}" filled in. */
  t: (template: string, values?: Record<string, string | number>) => string;
}

/** The language of the current request: the saved choice, else the browser's, else Bokmål. */
export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}

export async function getI18n(): Promise<I18n> {
  const locale = await getLocale();
  return { locale, m: getMessages(locale), t: interpolate };
}
