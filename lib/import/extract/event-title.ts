// The title of an event: its quoted name ("konferansen «Från ord till handling»",
// «23rd Conference of the Alliance …»), else the heading above it when the heading names the
// same kind of event, else the words from the event word to the end of its clause
// ("Digitalt kurs om ungdom utnyttet til kriminalitet").
import { namesCategory } from "./category-headings";
import type { DocSentence } from "./document";
import { findEventWords, type EventWord } from "./event-words";
import { clauseFrom, findQuotes, headingAsTitle, tidyTitle, withoutDates } from "./titles";

// Words that describe an event and belong in its title: "digitalt møte", "svensk nasjonal konferanse".
const DESCRIBING =
  /^(?:hel)?digital[te]?$|^(?:fysisk|nasjonal|internasjonal|nordisk|europeisk|svensk|dansk|finsk|norsk|årlig|regional|hybrid)[te]?$|^(?:åpen|åpent|åpne|felles|gratis|ny|nytt|nye|første|andre|tredje|\d+\.)$/i;
// A quote after these words names a publication, not the event.
const PUBLICATION = /rapport|bok|boka|veileder|notat|melding|utredning|\bNOU\b|artikkel/i;

/** Where the event's name starts: at the event word, or at the describing words before it. */
export function phraseStart(text: string, event: EventWord): number {
  let start = event.index;
  for (let i = 0; i < 3; i++) {
    const from = Math.max(0, start - 60);
    const previous = /(\S+)\s+$/u.exec(text.slice(from, start));
    if (!previous || !DESCRIBING.test(previous[1])) break;
    start = from + previous.index;
  }
  return start;
}

function quoteFor(text: string, event: EventWord, segment: { from: number; to: number }): string | null {
  const eventEnd = event.index + event.word.length;
  const quotes = findQuotes(text).filter((q) => q.index >= segment.from && q.endIndex <= segment.to);
  const named = quotes.find((q) => {
    if (findEventWords(q.quote).length > 0) return true;
    const gap = q.index - eventEnd;
    if (gap >= 0 && gap <= 40 && !PUBLICATION.test(text.slice(eventEnd, q.index))) return true;
    return q.endIndex <= event.index && event.index - q.endIndex <= 2;
  });
  return named?.quote ?? null;
}

// The platforms an online event is held on: its title need not say so ("Webinar om X, Zoom").
const PLATFORM = String.raw`(?:Microsoft\s+)?(?:Teams|Zoom|Webex|Skype|Google\s+Meet|Whereby)\b|nett\b`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where the event is held, as the item already carries it, taken out of its title. */
export function withoutVenue(title: string, venue: { location: string | null; isOnline: boolean }): string {
  const places = [...(venue.location ? [escape(venue.location)] : []), ...(venue.isOnline ? [PLATFORM] : [])];
  if (places.length === 0) return title;
  const said = new RegExp(String.raw`(?:\s*,\s*|\s+(?:i|på|via|over|at|in|on)\s+)(?:${places.join("|")})(?=$|[\s,.;:!?)])`, "giu");
  const rest = title.replace(said, "").trim();
  return rest.split(/\s+/).length >= 2 ? tidyTitle(rest) : title;
}

/** `venue`: the place and platform the item carries; a title read from the sentence leaves them out. */
export function eventTitle(
  sentence: DocSentence,
  event: EventWord,
  segment: { from: number; to: number },
  venue: { location: string | null; isOnline: boolean } = { location: null, isOnline: false },
): { title: string; quote: string | null; titleWithPlace?: string } {
  const text = sentence.text;
  const quote = quoteFor(text, event, segment);
  if (quote) return { title: tidyTitle(quote), quote };
  const heading = sentence.paragraph.section.heading;
  // "Nasjonal konferanse mot radikalisering" names the conference below it; a plural
  // ("KOM seminarer og kompetanseheving") names a section.
  const namesIt = (w: EventWord) => w.family === event.family && !/(?:er|ene)$/i.test(w.word);
  const fromHeading = heading ? headingAsTitle(heading) : "";
  const names = /\s/.test(fromHeading) && !namesCategory(heading!) && findEventWords(fromHeading).some(namesIt);
  if (names && sentence.paragraph.index <= 1) {
    return { title: fromHeading, quote: null };
  }
  const phrase = withoutDates(text.slice(phraseStart(text, event), segment.to));
  const title = tidyTitle(clauseFrom(phrase, 0));
  const short = withoutVenue(title, venue);
  return short === title ? { title, quote: null } : { title: short, quote: null, titleWithPlace: title };
}
