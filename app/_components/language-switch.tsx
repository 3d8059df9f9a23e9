import type { Locale } from "@/lib/i18n/locale";
import { setLocaleAction } from "../actions";

/** A plain form, so switching works without JavaScript too. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const other: Locale = locale === "nb" ? "en" : "nb";
  return (
    <form action={setLocaleAction} className="language-switch">
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other === "nb" ? "nb" : "en"}>
        {label}
      </button>
    </form>
  );
}
