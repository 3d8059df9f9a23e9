// Hearings: "JD sendte 6. desember på høring forslag til …" opens one, and the next
// "Høringsfrist er 1. april" (Nynorsk "høyringsfrist") under the same heading closes it. A
// deadline with no sent sentence before it takes one that follows in its paragraph
// ("Høringen har frist 1. september. BFD sendte forslaget på høring 2. mai."), else it is a
// hearing without a sent date.
import type { DateMention } from "./dates";
import type { DocSection, DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { chooseIssuer } from "./issuer-choice";
import { findReferences } from "./references";
import { clauseFrom, findQuotes, headingAsTitle, tidyTitle, withoutDates } from "./titles";

const SENT = /\b(?:send\w*|lagt\s+ut|legger\s+ut|la\s+ut)\b.{0,240}?\bpå\s+(?:høring|høyring)\b/i;
const HEARING_DEADLINE = /\bh(?:ø|øy)ringsfrist\w*|\bfrist\w*\b(?=.*\bh(?:ø|øy)ring)|\b(?:h(?:ø|øy)ring)\w*.*\bfrist\w*/i;

// How many sentences after a deadline its sent sentence may come.
const LATER_SENT_REACH = 4;

interface Open {
  sentence: DocSentence;
  sent: DateMention | null;
}

function sentDateMention(sentence: DocSentence): DateMention | null {
  const m = SENT.exec(sentence.text);
  if (!m) return null;
  const dates = trackedDates(sentence);
  const phraseEnd = m.index + m[0].length;
  return (
    dates.find((d) => d.index >= m.index && d.endIndex <= phraseEnd) ??
    dates.find((d) => d.index >= phraseEnd && d.index - phraseEnd < 40) ??
    dates.filter((d) => d.endIndex <= m.index).at(-1) ??
    null
  );
}

function deadlineMention(sentence: DocSentence): DateMention | null {
  const m = HEARING_DEADLINE.exec(sentence.text);
  if (!m) return null;
  const dates = trackedDates(sentence);
  return dates.find((d) => d.index >= m.index) ?? dates.at(-1) ?? null;
}

function hearingTitle(sentence: DocSentence): { title: string; reference: string | null } {
  const reference = findReferences(sentence.text)[0] ?? null;
  const quote = reference ? findQuotes(sentence.text).find((q) => q.index - reference.endIndex <= 3 && q.index >= reference.endIndex) : undefined;
  if (reference && quote) return { title: `${reference.reference} ${quote.quote}`, reference: reference.reference };
  const sent = SENT.exec(sentence.text);
  const written = reference ? sentence.text.slice(reference.index, reference.endIndex) : null;
  // Dates go first: the full stop in "2. mai" would otherwise end the clause.
  const clause = sent ? clauseFrom(withoutDates(sentence.text.slice(sent.index + sent[0].length)), 0).trim() : "";
  const object = written && reference ? clause.replace(written, reference.reference) : clause;
  const heading = sentence.paragraph.section.heading;
  const fromHeading = heading && /h(?:ø|øy)ring/i.test(heading) ? headingAsTitle(heading) : null;
  // "Høyring om ny forskrift" says only that there is a hearing; the sentence says on what.
  const isSpecific = fromHeading !== null && !/^h(?:ø|øy)ring/i.test(fromHeading);
  // A heading that only begins the title the sentence gives in full yields to the sentence.
  const title =
    fromHeading && isSpecific && !object.toLowerCase().startsWith(fromHeading.toLowerCase())
      ? fromHeading
      : object || fromHeading || clauseFrom(withoutDates(sentence.text), 0);
  return { title: tidyTitle(title), reference: reference?.reference ?? null };
}

function hearingDraft(open: Open | null, deadlineSentence: DocSentence, deadline: DateMention, ctx: ExtractContext): Draft | null {
  const main = open?.sentence ?? deadlineSentence;
  const sent = open?.sent ? completeMention(open.sent, open.sentence, ctx, { notAfter: ctx.latest })?.from ?? null : null;
  const due = completeMention(deadline, deadlineSentence, ctx, { notBefore: sent })?.to ?? null;
  if (!due) return null;
  const draft = emptyDraft("HEARING", open ? [open.sentence, deadlineSentence] : [deadlineSentence]);
  const { title, reference } = hearingTitle(main);
  return { ...draft, title, reference, issuer: chooseIssuer(main), sentDate: sent, deadline: due };
}

function sentLaterInParagraph(sentence: DocSentence, taken: Set<DocSentence>): Open | null {
  const window = sentence.paragraph.sentences.slice(sentence.index + 1, sentence.index + 1 + LATER_SENT_REACH);
  const later = window.find((s) => SENT.test(s.text) && !deadlineMention(s));
  if (!later) return null;
  taken.add(later);
  return { sentence: later, sent: sentDateMention(later) };
}

function hearingsInSection(section: DocSection, ctx: ExtractContext): Draft[] {
  const drafts: Draft[] = [];
  const taken = new Set<DocSentence>();
  let open: Open | null = null;
  for (const sentence of section.paragraphs.flatMap((p) => p.sentences)) {
    if (taken.has(sentence)) continue;
    if (SENT.test(sentence.text)) open = { sentence, sent: sentDateMention(sentence) };
    const deadline = deadlineMention(sentence);
    if (!deadline) continue;
    const draft = hearingDraft(open ?? sentLaterInParagraph(sentence, taken), sentence, deadline, ctx);
    if (draft) drafts.push(draft);
    open = null;
  }
  return drafts;
}

export function findHearings(doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  return doc.sections.flatMap((section) => hearingsInSection(section, ctx));
}
