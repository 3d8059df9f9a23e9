// Times without a day are not dates: "våren 2025", "før sommeren", "i løpet av høsten",
// "i juni" for something still to come. They are returned as notes for an editor, never as
// an item's date. A season already past when the newsletter's period began is history, not
// news ("Våren 2024 fikk NKVTS i oppdrag …" in the October–December 2024 issue).
import type { DocSentence, NewsletterDocument } from "./document";
import { trackedDates } from "./draft";
import { hasEventWord } from "./event-words";
import { MONTH_PATTERN, monthNumber } from "./months";
import type { UndatedNote } from "./types";
import type { YearWindow } from "./year";

const SEASON_END: Record<string, number> = { våren: 5, sommeren: 8, sommaren: 8, høsten: 11, hausten: 11, vinteren: 14 };
const VAGUE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:i\s+løpet\s+av|innen|innan|før|etter|tidlig|seint|sent|utpå|til|i)\s+)?` +
    String.raw`(?:(våren|sommeren|sommaren|høsten|hausten|vinteren)(?:\s+(\d{4}))?|(første|andre|fyrste)\s+halvår(?:\s+(\d{4}))?|` +
    String.raw`(?:begynnelsen|slutten|midten|starten)\s+av\s+(${MONTH_PATTERN})(?:\s+(\d{4}))?)(?!\p{L})` +
    String.raw`|(?<!\p{L})(?:før|etter|innen|til)\s+(?:jul(?:en|a)?|påsk(?:en|a|e))(?!\p{L})`,
  "giu",
);
const MONTH_ONLY = new RegExp(String.raw`(?<!\p{L})i\s+(${MONTH_PATTERN})(?!\p{L})(?:\s+(\d{4}))?`, "iu");
const FUTURE = /\b(?:skal|vil|blir|planlegg\w*|sendes|arrangeres|avholdes|holdes|kommer|legges\s+fr[ae]m|forventes|ventes)\b/i;
const TRIGGER = /h(?:ø|øy)ring|innspill|innspel|frist|påmelding|søknad/i;

function endMonth(m: RegExpMatchArray): number | null {
  if (m[1]) return SEASON_END[m[1].toLowerCase()];
  if (m[3]) return /første|fyrste/i.test(m[3]) ? 6 : 12;
  if (m[5]) return monthNumber(m[5]);
  return null;
}

function isPast(m: RegExpMatchArray, window: YearWindow): boolean {
  const year = Number(m[2] ?? m[4] ?? m[6] ?? NaN);
  const month = endMonth(m);
  if (Number.isNaN(year) || month === null) return false;
  return year * 12 + month < window.year * 12 + window.month;
}

function notesIn(sentence: DocSentence, window: YearWindow): UndatedNote[] {
  const notes = [...sentence.text.matchAll(VAGUE)]
    .filter((m) => !isPast(m, window))
    .map((m) => ({ phrase: m[0].trim(), sentence: sentence.text }));
  if (notes.length > 0 || trackedDates(sentence).length > 0) return notes;
  const month = MONTH_ONLY.exec(sentence.text);
  const isAhead = FUTURE.test(sentence.text) && (TRIGGER.test(sentence.text) || hasEventWord(sentence.text));
  return month && isAhead ? [{ phrase: month[0], sentence: sentence.text }] : [];
}

/** `used`: sentences that gave an item; their vague words add nothing. */
export function findUndatedNotes(doc: NewsletterDocument, window: YearWindow, used: Set<DocSentence>): UndatedNote[] {
  return doc.sections
    .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
    .filter((s) => !used.has(s))
    .flatMap((s) => notesIn(s, window));
}
