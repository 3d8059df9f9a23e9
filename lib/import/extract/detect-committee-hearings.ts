// Stortinget's committee hearings: "Justiskomiteen har besluttet å holde åpen høring om Prop.
// 45 L (2024–2025) …", "Skriftlig høring i arbeids- og sosialkomiteen". What an organisation
// must act on is the deadline to ask to take part ("må melde seg på innen 10. april", "Frist
// for å be om å delta er 27. januar") or, for a written hearing, to send its input; the day of
// the hearing itself is no deadline. One hearing per section, with its reference as title.
import type { DocSection, DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { chooseIssuer } from "./issuer-choice";
import { findReferences } from "./references";
import { headingAsTitle, tidyTitle } from "./titles";

const COMMITTEE_HEARING =
  /\b(?:åpen|åpne|open|opne|skriftlig|skriftleg|muntlig|munnleg)\s+h(?:ø|øy)ring\w*\b.{0,80}komit|komit\w*\b.{0,120}\bh(?:ø|øy)ring/isu;
// Asking to take part comes first; a written hearing's input deadline stands in for it.
const TAKE_PART =
  /\b(?:melde?\s+(?:seg|dere|deg|dykk)\s+(?:på|til)|be\s+om\s+å\s+(?:delta|få\s+delta)|ønske\s+om\s+å\s+delta|anmodning\w*\s+om\s+å\s+delta)(?!\p{L})/iu;
const WRITTEN_INPUT = /\b(?:skriftlige?|skriftlege?)\s+(?:innspill|innspel|merknader)\b/i;
const DEADLINE_WORD = /\b(?:frist\w*|innen|innan|senest|seinast)\b/gi;

function deadlineIn(sentence: DocSentence, ctx: ExtractContext): { day: string; sentence: DocSentence } | null {
  const dates = trackedDates(sentence);
  for (const word of sentence.text.matchAll(DEADLINE_WORD)) {
    const date = dates.find((d) => d.index >= word.index + word[0].length && d.index - (word.index + word[0].length) <= 60);
    const day = date ? completeMention(date, sentence, ctx)?.to : null;
    if (day) return { day, sentence };
  }
  return null;
}

function titleOf(section: DocSection, sentences: DocSentence[]): string {
  for (const sentence of sentences) {
    const reference = findReferences(sentence.text)[0];
    if (!reference) continue;
    const rest = sentence.text
      .slice(reference.endIndex)
      .replace(/\.\s*$/, "")
      .trim();
    return tidyTitle(`${reference.reference}${rest ? ` ${rest}` : ""}`);
  }
  return section.heading ? headingAsTitle(section.heading) : tidyTitle(sentences[0]?.text ?? "");
}

function hearingIn(section: DocSection, ctx: ExtractContext): Draft | null {
  const sentences = section.paragraphs.flatMap((p) => p.sentences);
  const text = [section.heading ?? "", ...sentences.map((s) => s.text)].join(" ");
  if (!COMMITTEE_HEARING.test(text)) return null;
  const takePart = sentences
    .filter((s) => TAKE_PART.test(s.text))
    .map((s) => deadlineIn(s, ctx))
    .find(Boolean);
  const written = takePart
    ? null
    : sentences
        .filter((s) => WRITTEN_INPUT.test(s.text))
        .map((s) => deadlineIn(s, ctx))
        .find(Boolean);
  const found = takePart ?? written;
  if (!found) return null;
  const draft = emptyDraft("HEARING", [found.sentence]);
  const reference = sentences.map((s) => findReferences(s.text)[0]).find(Boolean) ?? null;
  const issuer = chooseIssuer(found.sentence) ?? (sentences[0] ? chooseIssuer(sentences[0]) : null);
  return { ...draft, title: titleOf(section, sentences), reference: reference?.reference ?? null, issuer, deadline: found.day };
}

export function findCommitteeHearings(doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  return doc.sections.flatMap((section) => hearingIn(section, ctx) ?? []);
}
