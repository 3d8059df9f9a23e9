// Splits a paragraph into sentences. A full stop ends a sentence unless it closes an
// abbreviation ("Prop.", "Meld. St.", "mv.", "kl.") or an initial ("T.V."), or it is the dot
// of a day before a month written with a capital ("18.-19. April"), or it stands inside a
// quoted title.
import { isMonthName, weekdayNumber } from "./months";

const ABBREVIATIONS = new Set(
  (
    "prop st nr mv fl bl f eks kl ca jf jfr kap s dvs osv pkt inkl ref no meld dok vs v dr mr prof tlf evt ev etc " +
    "mill mrd kr avd sek stk ang hhv iht ifm mht pga vha nn innst forts tab fig jan feb apr aug sep sept okt nov des"
  ).split(" "),
);

const BOUNDARY = /([.!?…])(["»”')\]]*)\s+(?=["«“(\[]?[\p{Lu}\d])/gu;

// No real sentence runs this long; a text without full stops is cut at a space past it, so
// that nothing downstream works on one sentence the size of the whole text.
export const MAX_SENTENCE = 1200;

/** Quotation marks seen so far; kept as the text is read, so each check costs nothing. */
class QuoteState {
  private straight = 0;
  private opened = 0;
  private position = 0;

  constructor(private readonly text: string) {}

  /** Inside an open quotation at `index`: a title may hold full stops ("Det digitale (i) livet. Balansert …"). */
  isInsideAt(index: number): boolean {
    for (; this.position < index; this.position++) {
      const ch = this.text[this.position];
      if (ch === '"') this.straight++;
      else if (ch === "«" || ch === "“") this.opened++;
      else if (ch === "»" || ch === "”") this.opened--;
    }
    return this.straight % 2 === 1 || this.opened > 0;
  }
}

function isBoundary(text: string, dot: number, nextWord: string, quotes: QuoteState): boolean {
  if (quotes.isInsideAt(dot)) return false;
  if (text[dot] !== ".") return true;
  const word = /(\S+)$/.exec(text.slice(Math.max(0, dot - 60), dot))?.[1] ?? "";
  const bare = word.replace(/^[("«“]+/, "");
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(bare) || /^(\p{Lu}\.)+\p{Lu}$/u.test(bare)) return false;
  if (/^\d{1,2}$/.test(bare) || /[-–]\d{1,2}$/.test(bare)) {
    if (isMonthName(nextWord) || weekdayNumber(nextWord) !== null) return false;
  }
  return true;
}

/** Cuts a run of text longer than MAX_SENTENCE at spaces; a quotation left open ends with it. */
function withinLimit(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE) return [sentence];
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const space = rest.lastIndexOf(" ", MAX_SENTENCE);
    const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const quotes = new QuoteState(paragraph);
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const dot = m.index;
    const after = m.index + m[0].length;
    const nextWord = /^["«“(\[]?([\p{L}\d]+)/u.exec(paragraph.slice(after, after + 40))?.[1] ?? "";
    // A quotation that never closes would otherwise swallow the rest of the paragraph.
    const isLong = dot - start > MAX_SENTENCE;
    if (!isLong && !isBoundary(paragraph, dot, nextWord, quotes)) continue;
    const end = dot + m[1].length + m[2].length;
    sentences.push(...withinLimit(paragraph.slice(start, end).trim()));
    start = after;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(...withinLimit(rest));
  return sentences.filter(Boolean);
}
