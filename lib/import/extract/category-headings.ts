// A heading that names a category ("Aktuelle høringer", "Høyringar", "Kommende
// arrangementer") rather than one thing: its kind word is plural. Such a heading is shared by
// the items under it and titles none of them; each item's own sentence names it.
import { findEventWords } from "./event-words";

// Plural forms of the words that name an item's kind; "høringer" and "høyringar", "frister",
// "seminarer og konferanser", "arrangementene".
const PLURAL_KIND =
  /\bh(?:ø|øy)ring(?:er|ene|ar|ane)\b|\b\p{L}*(?:frist|invitasjon|arrangement|tilstelning|nyhet|sak)(?:er|ene|ar|ane)\b|\b(?:innspill|innspel)(?:ene|a)\b/iu;
// "Seminarer" is "seminar" and a plural ending; "Seminar" and "Webinar" end in "-ar" but are one.
const PLURAL_ENDINGS = /(?:r|er|ne|ene|ar|ane)$/i;

function isPluralEvent(word: string, family: string): boolean {
  return [...word.matchAll(/(?=(?:r|er|ne|ene|ar|ane)$)/gi)].some((m) => {
    const stem = word.slice(0, m.index);
    return stem.length >= 3 && findEventWords(stem).some((w) => w.word === stem && w.family === family);
  });
}

export function namesCategory(heading: string): boolean {
  if (PLURAL_KIND.test(heading)) return true;
  return findEventWords(heading).some((w) => PLURAL_ENDINGS.test(w.word) && isPluralEvent(w.word, w.family));
}
