// Dates that are in the text but are not the date of anything to track: the date of a law
// ("lov 20. juni 2008"), of a decision ("Stortinget vedtok 26. november"), of a publication
// ("ble lagt frem for Stortinget 6. desember", "publiserte 14. februar") or of a court case
// ("(TTRO-2024-127230, 17.12.2024)"). A date that follows an event word is the event's
// ("Rapporten ble lansert på KOM-seminar 18. januar").
import type { DateMention } from "./dates";
import { hasEventWord } from "./event-words";

export type DateRole = "law" | "decision" | "publication" | "case";

const LAW = /\b(?:lov(?:en|a)?|forskrift(?:en|a)?|kongelig resolusjon|kgl\.\s*res\.|resolusjon|direktiv(?:et)?)\s+(?:av\s+)?(?:den\s+)?$/i;
const NEAR = String.raw`\s+((?:\S+\s+){0,4})$`;
const DECISION = new RegExp(
  String.raw`\b(?:vedtok|vedtatt|vedtaket|vedtak|besluttet|beslutning|bestemte|avgjorde|avsa|avsagt|dommen|dom|kjennelse|nedsatte|oppnevnte|trådte i kraft|trer i kraft|tok til|ferdigbehandlet)` +
    NEAR,
  "i",
);
const PUBLICATION = new RegExp(
  String.raw`\b(?:publiserte|publisert|publiserast|lanserte|lansert|la|lagt|fremsatte|framsette|fremmet|overlevert|overleverte|utgitt|utgav|presenterte|offentliggjorde|offentliggjort)` +
    NEAR,
  "i",
);
const CASE_IN_BRACKETS = /\b\p{Lu}{2,}-\d{4}-\d+|\b\d+\/\d{2}\b|\bno\.|\bnr\.|\bsak\b|\bsaksnr/iu;

export function dateRole(sentence: string, mention: DateMention): DateRole | null {
  // The words that give a date its role stand just before it.
  const before = sentence.slice(Math.max(0, mention.index - 160), mention.index);
  const open = before.lastIndexOf("(");
  if (open > before.lastIndexOf(")") && CASE_IN_BRACKETS.test(before.slice(open))) return "case";
  if (LAW.test(before)) return "law";
  const decision = DECISION.exec(before);
  if (decision && !hasEventWord(decision[1])) return "decision";
  const publication = PUBLICATION.exec(before);
  if (publication && !hasEventWord(publication[1])) return "publication";
  return null;
}

/** The dates of a sentence that can be an item's date. */
export function datesToTrack(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.filter((m) => !m.isSuperseded && dateRole(sentence, m) === null);
}
