// Source and inbox messages in the reader's language. lib/sources speaks Bokmål (its
// messages are sourcesNb.validation); a message found there is shown from the reader's own.
import type { FieldErrors } from "../errors";
import { sourcesEn } from "./messages/sources-en";
import { sourcesNb } from "./messages/sources-nb";
import type { Locale } from "./locale";

type Key = keyof typeof sourcesNb.validation;
const KEY_BY_MESSAGE = new Map(Object.entries(sourcesNb.validation).map(([key, text]) => [text, key as Key]));

export function localizeSourceMessage(message: string, locale: Locale): string {
  const key = KEY_BY_MESSAGE.get(message);
  if (!key) return message;
  return (locale === "en" ? sourcesEn : sourcesNb).validation[key];
}

export function localizeSourceFieldErrors(errors: FieldErrors, locale: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((text) => localizeSourceMessage(text, locale))]));
}
