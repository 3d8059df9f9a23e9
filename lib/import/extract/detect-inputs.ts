// Invitations to give input to a strategy, plan or white paper: "Det ble invitert til å gi
// innspill …", "frist for innspill er …", Nynorsk "innspel". The deadline is in the same
// sentence or in one of the next few ("Fristen var 31. oktober 2024"). Hearings, meetings
// ("innspillsmøte") and input already gathered ("har innhentet innspill") are not invitations.
import type { DateMention } from "./dates";
import type { DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { chooseIssuer } from "./issuer-choice";
import { clauseFrom, headingAsTitle, tidyTitle, withoutDates } from "./titles";

const INPUT = /\b(?:innspill|innspel)(?!s?møte|s?mote)\w*|\bkonsultasjon\w*|\bconsultation\b/i;
// An invitation, or the input's own deadline: "Innspill sendes …, gjerne innen 20. oktober",
// "Innspel til KOM innan 9. mai", "Innspillsfristen var 4. november", "Konsultasjonen er åpen til 8. september".
const INVITATION =
  /\b(?:invit\w*|inviterer|ber\s+om|bed\s+om|be\s+om|anmod\w*\s+om|frist\s+for|gi|gje|sende|send|kom\s+med|komme\s+med|ønsker|ynskjer|åpne\w*\s+for|opne\w*\s+for)\b.{0,60}\b(?:innspill|innspel)|\b(?:innspill|innspel)\w*\b.{0,80}\b(?:frist|innen|innan|senest|seinast)|\b(?:innspills|innspels)frist|(?:åpne\w*|opna|opne\w*)\s+(?:en\s+|ei\s+)?(?:offentlig\s+|offentleg\s+)?konsultasjon|\bkonsultasjon\w*\b.{0,40}(?:åpen|open)\s+(?:til|fram til)/i;
const DEADLINE_WORD =
  /\b(?:frist(?:en)?|innen|innan|senest|seinast|svarfrist|(?:innspills|innspels)frist(?:en)?)\b|(?:åpen|open)\s+(?:til|fram\s+til)\b/i;
// "gjerne innen": the date is asked for, not insisted on.
const SOFT = /\b(?:gjerne|helst|fortrinnsvis|om\s+mulig)\b[^.]{0,40}?\b(?:innen|innan|før|senest|seinast)\b/i;
const HEARING = /h(?:ø|øy)ring/i;
const LOOK_AHEAD = 3;

function deadlineIn(sentence: DocSentence): DateMention | null {
  const word = DEADLINE_WORD.exec(sentence.text);
  if (!word || HEARING.test(sentence.text)) return null;
  return trackedDates(sentence).find((d) => d.index > word.index) ?? null;
}

function inputTitle(sentence: DocSentence): string {
  // "se Invitasjon til innspill: Strategi mot menneskehandel" names the invitation itself.
  const named = /\bse\s+(?!her\b)(\p{Lu}[^.]*?)(?:\s+her)?\s*$/u.exec(sentence.text.replace(/[.]\s*$/, ""));
  if (named) return tidyTitle(named[1]);
  const heading = sentence.paragraph.section.heading;
  if (heading && /innspill|innspel|strategi|handlingsplan|opptrappingsplan|melding/i.test(heading)) return headingAsTitle(heading);
  const text = withoutDates(sentence.text);
  const topic = /\b(?:innspill|innspel)\s+til\s/i.exec(text);
  return tidyTitle(topic ? clauseFrom(text, topic.index) : clauseFrom(text, 0, true));
}

function sentencesAfter(sentence: DocSentence): DocSentence[] {
  const { paragraph } = sentence;
  const next = paragraph.section.paragraphs[paragraph.index + 1];
  const rest = paragraph.sentences.slice(sentence.index + 1, sentence.index + 1 + LOOK_AHEAD);
  return [...rest, ...(next?.sentences.slice(0, LOOK_AHEAD) ?? [])].slice(0, LOOK_AHEAD);
}

function inputDraft(sentence: DocSentence, ctx: ExtractContext): Draft | null {
  if (!INPUT.test(sentence.text) || !INVITATION.test(sentence.text) || HEARING.test(sentence.text)) return null;
  const candidates = [sentence, ...sentencesAfter(sentence)];
  const withDeadline = candidates.find((s) => deadlineIn(s) !== null);
  if (!withDeadline) return null;
  const due = completeMention(deadlineIn(withDeadline)!, withDeadline, ctx)?.to;
  if (!due) return null;
  const sentences = withDeadline === sentence ? [sentence] : [withDeadline, sentence];
  const draft = emptyDraft("STRATEGY_INPUT", sentences);
  const soft = SOFT.exec(withDeadline.text)?.[0] ?? null;
  return { ...draft, title: inputTitle(sentence), issuer: chooseIssuer(sentence), deadline: due, softWords: soft };
}

export function findInputs(doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  const drafts: Draft[] = [];
  // A sentence that gave an invitation its deadline is not an invitation again.
  const read = new Set<DocSentence>();
  for (const section of doc.sections) {
    for (const sentence of section.paragraphs.flatMap((p) => p.sentences)) {
      if (read.has(sentence)) continue;
      const draft = inputDraft(sentence, ctx);
      if (!draft) continue;
      drafts.push(draft);
      for (const s of draft.sentences) read.add(s);
    }
  }
  return drafts;
}
