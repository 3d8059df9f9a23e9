// Editor messages in the reader's language. lib's validation speaks Bokmål (its messages are
// editorNb.validation); a message found there is shown from the reader's own messages.
import type { ItemWarning } from "../deadlines/warnings";
import type { FieldErrors } from "../errors";
import { formatDateShort } from "./format";
import type { Locale } from "./locale";
import { interpolate, type Messages } from "./messages";
import { editorNb } from "./messages/editor-nb";

type ValidationKey = keyof typeof editorNb.validation;
const KEY_BY_MESSAGE = new Map(Object.entries(editorNb.validation).map(([key, text]) => [text, key as ValidationKey]));

export function localizeMessage(message: string, m: Messages): string {
  const key = KEY_BY_MESSAGE.get(message);
  return key ? m.editor.validation[key] : message;
}

export function localizeFieldErrors(errors: FieldErrors, m: Messages): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((text) => localizeMessage(text, m))]));
}

/** "Fristperioden 1. desember – 10. januar overlapper julen." */
export function formatItemWarning(warning: ItemWarning, m: Messages, locale: Locale): string {
  const w = m.editor.warnings;
  if (warning.kind === "short_hearing") return interpolate(w.shortHearing, { days: warning.days });
  return interpolate(w.holiday, {
    from: formatDateShort(warning.from, locale),
    to: formatDateShort(warning.to, locale),
    holiday: w[warning.holiday],
  });
}
