// How the item search reads what people type. Pure.
//
// Words are matched one by one, each anywhere in the title, reference or summary, or as the
// issuer: "nou 2024 17" finds "NOU 2024:17", and "2024-17" or "2024:17" read the same. An
// issuer matches by its name or short name, and by the Norwegian short forms of a joined name:
// "Justis- og beredskapsdepartementet" is also "justisdepartementet" and
// "beredskapsdepartementet" (the hyphen stands for the shared ending).

export interface SearchActor {
  id: string;
  name: string;
  shortName: string;
}

const MAX_WORDS = 8;

/** The words of a search, lower-cased, without repeats; punctuation between them splits them. */
export function searchWords(query: string): string[] {
  const words = query
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s:;,.!?()«»"'/\\–—-]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** "Justis- og beredskapsdepartementet" → ["justis", "beredskapsdepartementet"]: first parts with the joined last part. */
function joinedParts(name: string): [string, string][] {
  return [...name.toLowerCase().matchAll(/(\p{L}+)-(?:\s*,\s*\p{L}+-)*\s+(?:og|eller|and)\s+(\p{L}+)/gu)].map((match) => [
    match[1],
    match[2],
  ]);
}

/** Whether one search word names the actor. */
export function isActorWord(word: string, actor: Pick<SearchActor, "name" | "shortName">): boolean {
  const name = actor.name.toLowerCase();
  if (name.includes(word) || actor.shortName.toLowerCase().includes(word)) return true;
  // "justisdepartementet": a first part, then an ending the joined last part shares.
  return joinedParts(actor.name).some(([first, last]) => {
    if (!word.startsWith(first)) return false;
    const ending = word.slice(first.length);
    return ending.length >= 4 && last.endsWith(ending);
  });
}

/** The ids of the actors one search word names. */
export function actorIdsForWord(word: string, actors: readonly SearchActor[]): string[] {
  return actors.filter((actor) => isActorWord(word, actor)).map((actor) => actor.id);
}
