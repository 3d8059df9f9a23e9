// Words that name an event people attend: seminar, konferanse, kurs, webinar, workshop,
// møte, samling, studiebesøk, frokost(møte), and their compounds ("radikaliseringskonferansen",
// "innspillsmøte", "Heldagsseminaret"), in Norwegian, Swedish and English.

export interface EventWord {
  word: string;
  index: number;
  /** The kind of event, for comparing a heading with a sentence: "konferanse", "møte", … */
  family: string;
}

const FAMILIES: [RegExp, string][] = [
  [/(seminar)(?:et|er|ene|ets)?$/i, "seminar"],
  [/(konferanse|konferens|conference)(?:n|r|ne|ns|en)?$/i, "konferanse"],
  [/(kurs|course)(?:et|ene|ets)?$/i, "kurs"],
  [/(webinar|webinarr)(?:et|er|ene)?$/i, "webinar"],
  [/(workshop)(?:en|er|ene|s)?$/i, "workshop"],
  [/(møte|meeting)(?:t|r|ne|s|ts)?$/i, "møte"],
  [/(samling)(?:a|en|er|ene|ar|ane)?$/i, "samling"],
  [/(studiebesøk|studietur)(?:et|en|ene)?$/i, "studiebesøk"],
  [/(frokost)(?:en)?$/i, "frokost"],
  [/(lansering)(?:en|er)?$/i, "lansering"],
  [/(fagdag|temadag|kursdag|aktivistdag|erfaringsdag|inspirasjonsdag|nettverksdag|summit|symposium|kongress)(?:en|er)?$/i, "fagdag"],
];

// Compounds that end like an event but are none.
const NOT_EVENTS = /^(dis|kon|eks)kurs|kursiv|innsamling|datainnsamling|samlingsstyre|imøte/i;

function familyOf(word: string): string | null {
  if (NOT_EVENTS.test(word)) return null;
  for (const [pattern, family] of FAMILIES) if (pattern.test(word)) return family;
  return null;
}

export function findEventWords(text: string): EventWord[] {
  const found: EventWord[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const family = familyOf(m[0].replace(/-$/, ""));
    if (family) found.push({ word: m[0], index: m.index, family });
  }
  return found;
}

export function hasEventWord(text: string): boolean {
  return findEventWords(text).length > 0;
}
