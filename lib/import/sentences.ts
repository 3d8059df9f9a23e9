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

/** Inside an open quotation: a title may hold full stops ("Det digitale (i) livet. Balansert …"). */
function isInsideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/[«“]/g) ?? []).length - (before.match(/[»”]/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

function isBoundary(text: string, dot: number, nextWord: string): boolean {
  if (isInsideQuote(text, dot)) return false;
  if (text[dot] !== ".") return true;
  const word = /(\S+)$/.exec(text.slice(0, dot))?.[1] ?? "";
  const bare = word.replace(/^[("«“]+/, "");
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(bare) || /^(\p{Lu}\.)+\p{Lu}$/u.test(bare)) return false;
  if (/^\d{1,2}$/.test(bare) || /[-–]\d{1,2}$/.test(bare)) {
    if (isMonthName(nextWord) || weekdayNumber(nextWord) !== null) return false;
  }
  return true;
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const dot = m.index;
    const after = m.index + m[0].length;
    const nextWord = /^["«“(\[]?([\p{L}\d]+)/u.exec(paragraph.slice(after))?.[1] ?? "";
    if (!isBoundary(paragraph, dot, nextWord)) continue;
    const end = dot + m[1].length + m[2].length;
    sentences.push(paragraph.slice(start, end).trim());
    start = after;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}
