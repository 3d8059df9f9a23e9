// Editor warnings in the reader's language. (lib's refusals are put in words by
// problem-text.ts.)
import type { ItemWarning } from "../deadlines/warnings";
import { formatDateShort } from "./format";
import type { Locale } from "./locale";
import { interpolate, type Messages } from "./messages";

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
