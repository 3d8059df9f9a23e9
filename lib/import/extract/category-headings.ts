// A heading that names a category ("Aktuelle høringer", "Høyringar", "Kommende
// arrangementer") rather than one thing: its kind word is plural. Such a heading is shared by
// the items under it and titles none of them; each item's own sentence names it.
import { findEventWords } from "./event-words";

// Plural forms of the words that name an item's kind; "høringer" and "høyringar", "frister",
// "seminarer og konferanser", "arrangementene".
const PLURAL_KIND =
  /\bh(?:ø|øy)ring(?:er|ene|ar|ane)\b|\b\p{L}*(?:frist|invitasjon|arrangement|tilstelning|nyhet|sak)(?:er|ene|ar|ane)\b|\b(?:innspill|innspel)(?:ene|a)\b/iu;
const PLURAL_EVENT = /(?:er|ene|ar|ane)$/i;

export function namesCategory(heading: string): boolean {
  if (PLURAL_KIND.test(heading)) return true;
  return findEventWords(heading).some((w) => PLURAL_EVENT.test(w.word));
}
