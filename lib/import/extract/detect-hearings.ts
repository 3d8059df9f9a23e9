// Hearings: "JD sendte 6. desember på høring forslag til …" opens one, and the next
// "Høringsfrist er 1. april" (Nynorsk "høyringsfrist") under the same heading closes it. A
// deadline with no sent sentence before it takes one that follows in its paragraph
// ("Høringen har frist 1. september. BFD sendte forslaget på høring 2. mai."), else it is a
// hearing without a sent date.
import type { DateMention } from "./dates";
import type { DocSection, DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { namesCategory } from "./category-headings";
import { REGISTRATION } from "./detect-deadlines";
import { chooseIssuer } from "./issuer-choice";
import { findReferences } from "./references";
import { clauseFrom, findQuotes, headingAsTitle, tidyTitle, withoutDates } from "./titles";

// "har på høring et forslag …", "Forslaget er på høring", "har sendt ut … til høring" say the same.
const SENT =
  /\b(?:send\w*|lagt\s+ut|legger\s+ut|legges\s+ut|leggast\s+ut|la\s+ut)\b.{0,240}?\b(?:på|til)\s+(?:høring|høyring)\b|\b(?:har|er|ligger|ligg)\s+(?:nå\s+|no\s+)?på\s+(?:høring|høyring)\b|\b(?:legger|legg|la|lagt)\b.{1,160}?\but\s+på\s+(?:høring|høyring)\b|\bh(?:ø|øy)ring(?:en|a)?\s+(?:ble|blei|vart|er)\s+sendt(?:\s+ut)?\b/i;
// "sendte 6. desember": a thing sent cannot have been sent after the text was published;
// "sendes på høring 3. februar" is still to come.
const SENT_PAST = /\b(?:sendte|sendt|send(?:e|t)\s+ut|la\s+ut|lagt\s+ut|har\s+sendt|ble\s+sendt|vart\s+sendt|sende\s+\d)/i;
const HEARING_DEADLINE =
  /\bh(?:ø|øy)ringsfrist\w*|\bfrist\w*\b(?=.*\bh(?:ø|øy)ring)|\b(?:h(?:ø|øy)ring)\w*.*\bfrist\w*|\bfrist\s+for\s+(?:skriftlige\s+|skriftlege\s+)?(?:merknad\w*|uttale\w*)|\bmerknadsfrist\w*|\buttalefrist\w*|\bh(?:ø|øy)rings(?:uttalel|svar|innspill|innspel|fråsegn)\w*\b.{0,120}?\b(?:innen|innan|senest|seinast)\b/i;
// The word that names the deadline itself: the date after it is the deadline's.
const DEADLINE_WORD = /h(?:ø|øy)ringsfrist\w*|\bfrist\w*|\bmerknadsfrist\w*|\buttalefrist\w*|\binnen\b|\binnan\b|\bsenest\b|\bseinast\b/gi;
// In the paragraph of a hearing's own sentence, a bare "Frist 1. mai", "Fristen er …", "med
// frist …" or "innen …" is that hearing's deadline.
// "innen" only when what is due is the answer: "proposisjonen fremmes innen 2027" is no deadline;
// "Frist for påmelding" is the registration's.
const PLAIN_DEADLINE =
  /\bfrist\w*|\b(?:send\w*|svar\w*|uttal\w*|merknad\w*|innspill\w*|innspel\w*|kommentar\w*|fråsegn\w*)\b.{0,80}?\b(?:innen|innan|senest|seinast)\b/i;
// A page about one hearing gives its sent day as a field ("Høringsdato: 14.03.2025").
const SENT_FIELD = /\b(?:h(?:ø|øy)ringsdato|sendt\s+på\s+h(?:ø|øy)ring|dato\s+sendt)\s*:\s*/i;

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

/** `afterHearing`: a sentence before it in its paragraph says a thing is on hearing. */
function deadlineMention(sentence: DocSentence, afterHearing = false): DateMention | null {
  const m =
    HEARING_DEADLINE.exec(sentence.text) ?? (afterHearing && !REGISTRATION.test(sentence.text) ? PLAIN_DEADLINE.exec(sentence.text) : null);
  if (!m) return null;
  const dates = trackedDates(sentence);
  const words = [...sentence.text.matchAll(DEADLINE_WORD)];
  for (const word of words) {
    const after = dates.find((d) => d.index >= word.index + word[0].length);
    if (after) return after;
  }
  return dates.find((d) => d.index >= m.index) ?? dates.at(-1) ?? null;
}

// "har sendt ut et høringsnotat om …": the thing sent is named after the verb, with no "på høring".
const SENT_PAPER =
  /\bsen(?:d|de|der|dte|dt|des)\s+(?:ut\s+)?(?:(?:et|eit|en|ei|sitt|sin)\s+)?(h(?:ø|øy)rings(?:notat|brev|dokument|forslag)\w*\s+(?:om|til|av|med)\s.+)/i;

/**
 * The title a hearing's own sentence gives, when the heading above it names only a category:
 * what is sent on hearing, else the paper sent, else the sentence's first clause (a guess).
 */
function ownTitle(
  sentence: DocSentence,
  object: string,
  written: string | null,
  reference: { reference: string } | null,
): { title: string; isGuess: boolean } {
  const text = withoutDates(sentence.text);
  const sentObject = withoutArticle(SENT_OBJECT.exec(text)?.[1] ?? "") || SUBJECT_ON_HEARING.exec(text)?.[1];
  const paper = SENT_PAPER.exec(text)?.[1];
  const asTitle = (t: string) => tidyTitle(written && reference ? t.replace(written, reference.reference) : t);
  // "Høringsnotat" alone is a page part; "høringsnotat om opplæring …" names the paper.
  const paperTitle = paper ? asTitle(clauseFrom(paper, 0)) : "";
  const named =
    [object, sentObject].map((t) => (t ? asTitle(t) : "")).find((t) => isUsableTitle(t)) ??
    ((paperTitle.match(/\p{L}{2,}/gu) ?? []).length >= 3 ? paperTitle : undefined);
  if (named) return { title: named, isGuess: false };
  const before = namingSentenceBefore(sentence);
  if (before && isUsableTitle(before)) return { title: before, isGuess: false };
  return { title: tidyTitle(clauseFrom(text, 0)), isGuess: true };
}

/**
 * `extra`: the hearing's other sentences (its deadline's), for a title they give.
 * `headingShared`: the section's heading sits over several hearings.
 */
function hearingTitle(
  sentence: DocSentence,
  extra: DocSentence[] = [],
  headingShared = false,
): { title: string; reference: string | null; isGuess?: boolean } {
  const reference = findReferences(sentence.text)[0] ?? null;
  const quote = reference
    ? findQuotes(sentence.text).find((q) => q.index - reference.endIndex <= 3 && q.index >= reference.endIndex)
    : undefined;
  if (reference && quote) return { title: `${reference.reference} ${quote.quote}`, reference: reference.reference };
  const sent = SENT.exec(sentence.text);
  const naming = sent ? null : namingSentenceBefore(sentence);
  if (naming && isUsableTitle(naming))
    return { title: naming, reference: reference?.reference ?? findReferences(naming)[0]?.reference ?? null };
  const written = reference ? sentence.text.slice(reference.index, reference.endIndex) : null;
  // Dates go first: the full stop in "2. mai" would otherwise end the clause.
  const clause = sent ? clauseFrom(withoutDates(sentence.text.slice(sent.index + sent[0].length)), 0).trim() : "";
  const object = withoutArticle(written && reference ? clause.replace(written, reference.reference) : clause);
  const heading = sentence.paragraph.section.heading;
  // "Aktuelle høringer" over several hearings names none of them: each sentence names its own.
  const isCategory = heading !== null && (headingShared || namesCategory(heading));
  if (isCategory) return { ...ownTitle(sentence, object, written, reference), reference: reference?.reference ?? null };
  const fromHeading = heading && /h(?:ø|øy)ring/i.test(heading) ? headingAsTitle(heading) : null;
  // "Høyring om ny forskrift" says only that there is a hearing; the sentence says on what.
  const isSpecific = fromHeading !== null && !/^h(?:ø|øy)ring/i.test(fromHeading);
  // A heading that only begins the title the sentence gives in full yields to the sentence.
  const chosen =
    fromHeading && isSpecific && !object.toLowerCase().startsWith(fromHeading.toLowerCase())
      ? fromHeading
      : object || fromHeading || clauseFrom(withoutDates(sentence.text), 0);
  const title = tidyTitle(chosen);
  if (isUsableTitle(title)) return { title, reference: reference?.reference ?? null };
  // "UDI sender utkast til nytt rundskriv … på høring." names the thing before "på høring";
  // else the page's own title does ("Høring – forslag til …" above "Høringsnotat").
  const sentText = withoutDates(sentence.text);
  const object2 = withoutArticle(SENT_OBJECT.exec(sentText)?.[1] ?? "") || SUBJECT_ON_HEARING.exec(sentText)?.[1];
  const named = object2 ? tidyTitle(written && reference ? object2.replace(written, reference.reference) : object2) : null;
  const before = namingSentenceBefore(sentence);
  const about = extra.map((s) => HEARING_ON.exec(withoutDates(s.text))?.[1]).find(Boolean);
  const page = pageHeading(sentence);
  const fallback = [before, named, about ? tidyTitle(about) : null, page].find((t): t is string => t !== null && isUsableTitle(t));
  return { title: fallback ?? title, reference: reference?.reference ?? null };
}

// "et forslag om …" from a sentence is titled "Forslag om …".
const ARTICLE = /^\s*(?:et|ett|eit|en|ei)\s+(?=\p{L})/iu;

// "… et forslag om endringer i straffeloven med frist 1. mai": the deadline's words end the thing.
const DEADLINE_TAIL = /\s+(?:med\s+|og\s+)?(?:h(?:ø|øy)rings)?frist(?:en)?\b.*$/iu;

function withoutArticle(text: string): string {
  return text.replace(ARTICLE, "").replace(DEADLINE_TAIL, "");
}

// "Forslaget om nye regler for tolketjenester er på høring": the thing is named before.
const SUBJECT_ON_HEARING =
  /^(.{6,200}?)\s+(?:er|ligger|ligg|blir|ble|vart|vert)\s+(?:nå\s+|no\s+)?(?:sendt\s+(?:ut\s+)?)?på\s+(?:høring|høyring)\b/i;

const SENT_OBJECT =
  /\b(?:sender|sendte|sendt|sendes|sendast|sende|legger|legg|la|lagt)\s+(?:med\s+dette\s+|no\s+|nå\s+)?(?:ut\s+)?(.{6,200}?)\s+(?:ut\s+)?(?:på|til)\s+(?:høring|høyring)\b/i;
// What a hearing's title is not: the words around its deadline, a page label, nothing.
const NOT_A_TITLE =
  /^(?:\W*$|med\s+frist|frist|og\s+h(?:ø|øy)ringsfrist|i\s+\d+\s+uker|h(?:ø|øy)ringsnotat|h(?:ø|øy)ringsbrev|h(?:ø|øy)ringsfrist|status\b)/i;

function isUsableTitle(title: string): boolean {
  if (NOT_A_TITLE.test(title)) return false;
  return (title.match(/\p{L}{2,}/gu) ?? []).length >= 2 || findReferences(title).length > 0;
}

/** The first of the headings right above the sentence's section: the page's own title. */
function pageHeading(sentence: DocSentence): string | null {
  let section = sentence.paragraph.section;
  while (section.previous && section.previous.heading && section.previous.paragraphs.length === 0) section = section.previous;
  return section.heading ? headingAsTitle(section.heading) : null;
}

/** "Høring nr. 12 om …." just before "Høringsfrist 1. april 2025." names that hearing. */
function namingSentenceBefore(sentence: DocSentence): string | null {
  const previous = sentence.paragraph.sentences[sentence.index - 1];
  if (!previous || trackedDates(previous).length > 0 || !/h(?:ø|øy)ring/i.test(previous.text)) return null;
  return tidyTitle(clauseFrom(previous.text, 0));
}

const HEARING_ON = /\bh(?:ø|øy)ring(?:en|a)?\s+(?:om|av|på)\s+(.{6,160}?)(?=\s*\(|,|\.(?:\s|$)|\s+(?:er|har|var|blir|vert)\s|$)/i;

function hearingDraft(
  open: Open | null,
  deadlineSentence: DocSentence,
  deadline: DateMention,
  ctx: ExtractContext,
  headingShared: boolean,
): Draft | null {
  const main = open?.sentence ?? deadlineSentence;
  const sentMention = open?.sent && open.sent !== deadline ? open.sent : null;
  const isPast = open ? SENT_PAST.test(open.sentence.text) : false;
  let sent =
    sentMention && open ? (completeMention(sentMention, open.sentence, ctx, { notAfter: isPast ? ctx.latest : null })?.from ?? null) : null;
  let due = completeMention(deadline, deadlineSentence, ctx, { notBefore: sent })?.to ?? null;
  if (!due) return null;
  // "sendte 3. april … Høringsfristen er 2. juni 2009": the written year of the deadline dates the sending.
  if (sent && sentMention && sentMention.from.year === null && deadline.from.year !== null && sent > due) {
    sent = completeMention(sentMention, open!.sentence, ctx, { notAfter: due })?.from ?? sent;
    due = completeMention(deadline, deadlineSentence, ctx, { notBefore: sent })?.to ?? due;
  }
  const draft = emptyDraft("HEARING", open ? [open.sentence, deadlineSentence] : [deadlineSentence]);
  const { title, reference, isGuess } = hearingTitle(main, [deadlineSentence, ...(open ? [open.sentence] : [])], headingShared);
  return {
    ...draft,
    title,
    reference,
    issuer: chooseIssuer(main),
    sentOn: sent,
    deadline: due,
    ...(isGuess ? { titleIsGuess: true } : {}),
  };
}

function sentLaterInParagraph(sentence: DocSentence, taken: Set<DocSentence>): Open | null {
  const window = sentence.paragraph.sentences.slice(sentence.index + 1, sentence.index + 1 + LATER_SENT_REACH);
  const later = window.find((s) => SENT.test(s.text) && !deadlineMention(s));
  if (!later) return null;
  taken.add(later);
  return { sentence: later, sent: sentDateMention(later) };
}

function hearingsInSection(section: DocSection, ctx: ExtractContext): Draft[] {
  const found: { open: Open | null; sentence: DocSentence; deadline: DateMention }[] = [];
  const taken = new Set<DocSentence>();
  let open: Open | null = null;
  for (const sentence of section.paragraphs.flatMap((p) => p.sentences)) {
    if (taken.has(sentence)) continue;
    if (SENT.test(sentence.text)) open = { sentence, sent: sentDateMention(sentence) };
    const deadline = deadlineMention(sentence, open !== null && open.sentence.paragraph === sentence.paragraph);
    if (!deadline) continue;
    found.push({ open: open ?? sentLaterInParagraph(sentence, taken), sentence, deadline });
    open = null;
  }
  // A heading over hearings told in different paragraphs is shared by them, the name of none.
  const headingShared = new Set(found.map((f) => (f.open?.sentence ?? f.sentence).paragraph)).size > 1;
  return found.flatMap((f) => hearingDraft(f.open, f.sentence, f.deadline, ctx, headingShared) ?? []);
}

/** The "Høringsdato: …" field of a hearing page, or null. */
function sentField(doc: NewsletterDocument, ctx: ExtractContext): string | null {
  for (const sentence of doc.sections.flatMap((s) => s.paragraphs.slice(0, 4).flatMap((p) => p.sentences)).slice(0, 12)) {
    const field = SENT_FIELD.exec(sentence.text);
    if (!field) continue;
    const date = trackedDates(sentence).find((d) => d.index >= field.index + field[0].length);
    if (date) return completeMention(date, sentence, ctx)?.from ?? null;
  }
  return null;
}

/**
 * A page about one hearing that says it is sent now ("UDI sender … på høring", "legges ut på
 * høring") without a day was sent the day it was published; a "Høringsdato:" field says so
 * outright.
 */
function withPageSentDate(drafts: Draft[], doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  if (drafts.length !== 1 || drafts[0].sentOn !== null) return drafts;
  const [draft] = drafts;
  const field = sentField(doc, ctx);
  const sentNow = draft.sentences.some((s) => SENT.test(s.text)) || doc.sections.some((s) => s.paragraphs.some((p) => SENT.test(p.text)));
  const sent = field ?? (sentNow && ctx.yearSource === "published" && ctx.latest ? ctx.latest : null);
  return sent && draft.deadline && sent <= draft.deadline ? [{ ...draft, sentOn: sent }] : drafts;
}

export function findHearings(doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  return withPageSentDate(
    doc.sections.flatMap((section) => hearingsInSection(section, ctx)),
    doc,
    ctx,
  );
}
