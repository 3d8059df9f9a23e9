// The dates a text writes with their year, for placing the ones it writes without: "sendte
// 3. april på høring" above "Høringsfristen er 2. juni 2009" is 3 April 2009. Dates of laws,
// decisions and publications are not tracked (not-dates.ts), so "lov 20. juni 2008" does not
// pull the others back.
import type { CalendarDate } from "../../model/item";
import type { NewsletterDocument } from "./document";
import { trackedDates } from "./draft";

const pad = (n: number) => String(n).padStart(2, "0");

/** The earliest tracked date written with a year, or null when the text writes none. */
export function earliestWrittenDate(doc: NewsletterDocument): CalendarDate | null {
  let earliest: CalendarDate | null = null;
  for (const section of doc.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const mention of trackedDates(sentence)) {
          if (mention.from.year === null) continue;
          const date = `${mention.from.year}-${pad(mention.from.month)}-${pad(mention.from.day)}`;
          if (earliest === null || date < earliest) earliest = date;
        }
      }
    }
  }
  return earliest;
}

const SEASON_END: Record<string, number> = { våren: 5, vårsesjonen: 6, sommeren: 8, sommaren: 8, høsten: 11, hausten: 11, vinteren: 12 };
// "Planen legges fram høsten 2025": what the text says is still to come, with its year.
const LATER = new RegExp(
  String.raw`\b(?:legges\s+fr[ae]m|leggast\s+fram|vert\s+lagd\s+fram|blir\s+lagt\s+fram|skal\s+\p{L}+|kommer|publiseres|planlegges|ventes|forventes|avsluttes)\b[^.]{0,40}?\b(?:(våren|sommeren|sommaren|høsten|hausten|vinteren)|(første|andre|fyrste)\s+halvår)\s+(\d{4})(?!\d)`,
  "iu",
);

/**
 * The last day of a later event the text names with its year ("legges fram høsten 2025"):
 * what the text reports or announces without a year comes before it. Null when it names none.
 */
export function laterEventEnd(doc: NewsletterDocument): { end: CalendarDate; words: string } | null {
  for (const section of doc.sections) {
    for (const paragraph of section.paragraphs) {
      const m = LATER.exec(paragraph.text);
      if (!m) continue;
      const month = m[1] ? SEASON_END[m[1].toLowerCase()] : /første|fyrste/i.test(m[2]) ? 6 : 12;
      return { end: `${m[3]}-${pad(month)}-28`, words: m[0] };
    }
  }
  return null;
}
