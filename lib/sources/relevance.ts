// Whether an entry concerns this field: it names one of the editors' words (in its title,
// summary or text) or comes from one of their ministries. Pure.
import type { SourceEntry } from "./entry";

export interface RelevanceTerms {
  words: string[];
  ministries: string[];
}

function normalise(text: string): string {
  return text.toLocaleLowerCase("nb").normalize("NFC");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A word matches at the start of a word, so "asyl" finds "asylsøker" and "vold" finds
 * "voldsutsatte", but "vold" does not match "tilsvold". Norwegian compounds put the subject
 * first as often as last ("arbeidsmiljøloven", "barnevernsloven"), so the end is left open.
 */
export function matchRelevance(
  entry: Pick<SourceEntry, "title" | "summary" | "sourceText" | "issuerName">,
  terms: RelevanceTerms,
): string[] {
  const haystack = normalise([entry.title, entry.summary ?? "", entry.sourceText].join("\n"));
  const matched: string[] = [];
  for (const word of terms.words) {
    const needle = normalise(word.trim());
    if (needle && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(needle)}`, "u").test(haystack)) matched.push(word);
  }
  const issuer = normalise(entry.issuerName ?? "");
  for (const ministry of terms.ministries) {
    const needle = normalise(ministry.trim());
    if (needle && issuer && (issuer === needle || issuer.includes(needle))) matched.push(ministry);
  }
  return matched;
}
