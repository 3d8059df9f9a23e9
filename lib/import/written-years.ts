// The dates a text writes with their year, for placing the ones it writes without: "sendte
// 3. april på høring" above "Høringsfristen er 2. juni 2009" is 3 April 2009. Dates of laws,
// decisions and publications are not tracked (not-dates.ts), so "lov 20. juni 2008" does not
// pull the others back.
import type { CalendarDate } from "../items/types";
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
