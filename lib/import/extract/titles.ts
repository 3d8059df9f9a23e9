// Turning the words around a date into a title: dates, clock times and "se her" taken out,
// quotation marks made Norwegian («»), the first letter capitalised.
import { findDateMentions } from "./dates";
import { withoutTitleLabel } from "./field-labels";
import { KNOWN_ISSUERS } from "./issuer-list";
import { findTimeMentions } from "./times";

const MAX_TITLE = 160;
// Where the name of a thing ends and the sentence goes on about it.
// A full stop after an abbreviation ("Høring nr. 12 om …", "jf. pkt. 3") ends no title.
const ABBREVIATION_BEFORE = String.raw`(?<!\b(?:nr|kl|jf|jfr|pkt|ca|bl|mv|fl|f|eks|dvs|osv|inkl|ref|st|prop|meld|kap|tlf|evt|ev|etc|mill|mrd|kr|avd|ang|hhv|iht|ifm|mht|pga|vha|no|dok|innst|vs|dr|prof|bl\.a|m\.m|o\.l|t\.o\.m|f\.o\.m))`;
const SEE = String.raw`,?\s+(?:se|sjå)\s+(?:her|også|oversikt|rapporten|siste|nærmere|meir|opptaket|opptak)\b|,\s*(?:se|sjå)\b|,\s*(?:h(?:ø|øy)ringsfrist|frist|med\s+frist)\b|\s\(|;|${ABBREVIATION_BEFORE}[.!?](?:\s|$)`;
const CLAUSE_END = new RegExp(
  SEE +
    String.raw`|,\s*(?:hvor|kvar|der|som|og er|men)\b|\s(?:hvor|kvar|der|som|i regi av|var|er|ble|vart|blir|vil|skal|har|hadde|fokuserte|omhandlet|gjaldt|tok|går|avholdes|arrangeres|arrangerast|holdes|haldast|gjennomføres|finner sted)\s`,
  "i",
);
const PHRASE_END = new RegExp(SEE, "i");

export function removeSpans(text: string, spans: { index: number; endIndex: number }[]): string {
  // A day range holds the clock time of its first day ("11. februar kl. 09.00 – 12. februar"):
  // spans that overlap are taken out as one.
  const merged: { index: number; endIndex: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.index - b.index)) {
    const last = merged.at(-1);
    if (last && span.index < last.endIndex) last.endIndex = Math.max(last.endIndex, span.endIndex);
    else merged.push({ index: span.index, endIndex: span.endIndex });
  }
  let result = text;
  for (const span of merged.reverse()) result = `${result.slice(0, span.index)} ${result.slice(span.endIndex)}`;
  return result;
}

/** The text without its dates and clock times ("den 14. mars", "kl. 09.00–15.30"). */
export function withoutDates(text: string): string {
  const spans = [...findDateMentions(text), ...findTimeMentions(text)];
  return removeSpans(text, spans)
    .replace(/\b(?:den|fra|per|på|,)\s+(?=[,.\s]*$)/gi, "")
    .replace(/\s+den\s+(?=\s|,)/gi, " ")
    .replace(/\s+([,.])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * The clause that starts at `start`: up to ", se her", a bracket, a relative clause or a verb.
 * With `keepVerbs` it runs on past verbs ("Sluttrapport skal leveres").
 */
export function clauseFrom(text: string, start: number, keepVerbs = false): string {
  const rest = text.slice(start);
  const end = (keepVerbs ? PHRASE_END : CLAUSE_END).exec(rest.slice(1));
  return end ? rest.slice(0, end.index + 1) : rest;
}

// Words left dangling at the end once a date is taken out ("skal levere en NOU innen").
const TRAILING_WORDS = /(?:[\s,;:–-]+|\s+(?:den|fra|per|på|innen|innan|før|til|senest|seinast|i|og|and|eller|samt|blir|er|var)\b)+$/iu;

export function tidyTitle(raw: string): string {
  let title = raw
    .replace(/["“”]([^"“”]+)["“”]/g, "«$1»")
    .replace(/\s+(?:se|sjå)\s+her\b.*$/i, "")
    .replace(TRAILING_WORDS, "")
    .replace(/^[\s,;:–-]+/u, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  if (/^[^«]*»|«[^»]*$/.test(title)) title = title.replace(/[«»]/g, "");
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE).replace(/\s+\S*$/, "")} …`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

// Short names written in capitals ("UDI", "GRETA"): they keep them in a title written in capitals.
const CAPITAL_NAMES = new Set(KNOWN_ISSUERS.map((issuer) => issuer.shortName).filter((name) => name === name.toUpperCase()));
const MIN_CAPITAL_WORDS = 3;

/** "FORSLAG TIL NY LOV OM TILTAK MOT MENNESKEHANDEL" as a title is written: "Forslag til ny lov …". */
function fromCapitals(text: string): string {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < MIN_CAPITAL_WORDS || /\p{Ll}/u.test(text)) return text;
  return text.replace(/\p{L}[\p{L}-]*/gu, (word) => {
    if (CAPITAL_NAMES.has(word)) return word;
    // "UDIS PRAKSIS": "UDIs praksis".
    return word.endsWith("S") && CAPITAL_NAMES.has(word.slice(0, -1)) ? `${word.slice(0, -1)}s` : word.toLowerCase();
  });
}

/**
 * A heading as a title: "Høring – forslag om X" and "X på høring" become "Forslag om X";
 * "Seminar: X" and "Tittel: X" become "X"; one written in capitals is written as a sentence.
 */
export function headingAsTitle(heading: string): string {
  return tidyTitle(
    withoutDates(fromCapitals(withoutTitleLabel(heading)))
      .replace(/\s+forts\.?$/i, "")
      .replace(/^(?:høring|høyring)\s*[–:-]\s*/i, "")
      .replace(/\s+(?:[–-]\s+|sendt\s+|sendes\s+)?på\s+(?:høring|høyring)$/i, ""),
  );
}

/** A quoted name in `text`: the first "…" or «…» with at least two words. */
export function findQuotes(text: string): { quote: string; index: number; endIndex: number }[] {
  return [...text.matchAll(/["“«]\s*([^"“”«»]{3,200}?)\s*["”»]/g)]
    .filter((m) => /\s/.test(m[1].trim()))
    .map((m) => ({ quote: m[1].trim(), index: m.index, endIndex: m.index + m[0].length }));
}
