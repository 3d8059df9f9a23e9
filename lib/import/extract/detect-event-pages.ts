// Events written as event pages rather than sentences: a title (heading), then lines such as
// "Tid: tirsdag 14. oktober kl. 09.00–15.30", "Dato: 26. mars 2025", "Sted: Molde rådhus",
// a line that opens with its day ("Onsdag 23. april 2025, kl. 08.30–09.45"), the rows of a
// table ("Sted: Bergen Dato: 23. september Lokale: Scandic Ørnen") or a list of days under
// "… tre webinarer høsten 2025:". Each such line is one event, named by its own words when it
// has some ("…: Samtaler med ungdom"), else by the page's title.
import type { DateMention } from "./dates";
import type { DocParagraph, DocSection, DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { eventTitle } from "./event-title";
import { findEventWords } from "./event-words";
import { DATE_LABEL, opensWithEventLabel, PLACE_LABEL } from "./field-labels";
import { chooseIssuer } from "./issuer-choice";
import { findLocation, isOnline } from "./locations";
import { eventTimes, findTimeMentions } from "./times";
import { headingAsTitle, removeSpans, tidyTitle } from "./titles";

const LABEL = /(?:^|\s)(\p{L}+)\s*:\s/gu;
const DEADLINE_WORDS = /frist|\binnen\b|\binnan\b|\bsenest|\bseinast|påmelding|registrering|registration|deadline|\bsøk/i;
/** A meeting told about after it took place. */
export const REPORTED_EVENT = /\b(?:forrige|førre|previous)\b/i;

interface DateLine {
  sentence: DocSentence;
  mention: DateMention;
}

function dateLineOf(paragraph: DocParagraph): DateLine | null {
  const sentence = paragraph.sentences[0];
  if (!sentence || paragraph.text.length > 300) return null;
  const dates = trackedDates(sentence);
  if (dates.length === 0) return null;
  for (const label of sentence.text.matchAll(DATE_LABEL)) {
    const after = label.index + label[0].length;
    const mention = dates.find((d) => d.index >= after && d.index - after <= 25);
    if (mention) return { sentence, mention };
  }
  return dates[0].index <= 2 ? { sentence, mention: dates[0] } : null;
}

/** The labelled values of a line: "Sted: Molde rådhus Tid: …" → { sted: "Molde rådhus", … }. */
function labelledValues(text: string): Map<string, string> {
  const labels = [...text.matchAll(LABEL)];
  const values = new Map<string, string>();
  labels.forEach((label, i) => {
    const start = label.index + label[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    values.set(label[1].toLowerCase(), text.slice(start, end).trim());
  });
  return values;
}

/** The title of the page a section belongs to: the first of the headings right above it. */
function pageTitle(sections: DocSection[], index: number): string | null {
  let first = index;
  while (first > 0 && sections[first - 1].paragraphs.length === 0 && sections[first - 1].heading) first--;
  const heading = sections[first].heading ?? sections[index].heading;
  return heading ? headingAsTitle(heading) : null;
}

/** The words of a list line after its day and time: "…: Samtaler med ungdom". */
function ownWords(line: DateLine): string | null {
  const text = line.sentence.text;
  if (LABEL.test(text)) {
    LABEL.lastIndex = 0;
    return null;
  }
  const rest = removeSpans(text, [line.mention, ...findTimeMentions(text)])
    .replace(/\b(?:på|i)\s+\p{Lu}[\p{L}\s-]*$/u, "")
    .replace(/^[\s,:–-]+|[\s,:–-]+$/g, "");
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 2 ? tidyTitle(rest) : null;
}

function introTitle(paragraph: DocParagraph | undefined): string | null {
  const sentence = paragraph?.sentences.at(-1);
  const event = sentence ? findEventWords(sentence.text)[0] : undefined;
  if (!sentence || !event) return null;
  return eventTitle(sentence, event, { from: 0, to: sentence.text.length }).title || null;
}

function placeOf(line: DateLine, values: Map<string, string>, next: DocParagraph | undefined): string | null {
  for (const [label, value] of values) if (PLACE_LABEL.test(label)) return value.replace(/[.,;]$/, "");
  const nextValues = next && dateLineOf(next) === null ? labelledValues(next.text) : new Map<string, string>();
  for (const [label, value] of nextValues) if (PLACE_LABEL.test(label)) return value.replace(/[.,;]$/, "");
  return findLocation(line.sentence.text, line.mention);
}

function eventsInSection(sections: DocSection[], index: number, ctx: ExtractContext): Draft[] {
  const section = sections[index];
  const drafts: Draft[] = [];
  const title = pageTitle(sections, index);
  section.paragraphs.forEach((paragraph, i) => {
    const line = dateLineOf(paragraph);
    if (!line) return;
    const before = line.sentence.text.slice(0, line.mention.index);
    if (DEADLINE_WORDS.test(before) || DEADLINE_WORDS.test(line.sentence.text.slice(line.mention.endIndex, line.mention.endIndex + 30)))
      return;
    if (REPORTED_EVENT.test(paragraph.text)) return;
    // A list's introduction ("… tre webinarer høsten 2025:") speaks for every line under it.
    const intro = section.paragraphs.slice(0, i).findLast((p) => p.text.endsWith(":"));
    const context = [
      title ?? "",
      section.heading ?? "",
      intro?.text ?? "",
      ...section.paragraphs.slice(Math.max(0, i - 2), i + 1).map((p) => p.text),
    ].join(" ");
    if (findEventWords(context).length === 0 && !opensWithEventLabel(section.heading ?? "")) return;
    const days = completeMention(line.mention, line.sentence, ctx);
    if (!days) return;
    const values = labelledValues(line.sentence.text);
    const next = section.paragraphs[i + 1];
    const online =
      isOnline(paragraph.text) ||
      (next !== undefined && dateLineOf(next) === null && isOnline(next.text) && /^\p{L}+\s*:/u.test(next.text));
    const time = eventTimes(line.sentence.text, line.mention);
    const previous = section.paragraphs[i - 1];
    const isListLine = previous !== undefined && (previous.text.endsWith(":") || dateLineOf(previous) !== null);
    // Only a list line names its own event; under a title, the rest of a date line is its place.
    const name =
      (isListLine ? ownWords(line) : null) ??
      (isListLine ? introTitle(section.paragraphs.slice(0, i).findLast((p) => p.text.endsWith(":"))) : null) ??
      title ??
      introTitle(previous);
    if (!name) return;
    drafts.push({
      ...emptyDraft("SEMINAR", [line.sentence]),
      title: name,
      issuer: chooseIssuer(line.sentence),
      startOn: days.from,
      endOn: days.to,
      startTime: time?.start ?? null,
      endTime: time?.end ?? null,
      location: online ? null : placeOf(line, values, next),
      isOnline: online,
    });
  });
  return drafts;
}

/** `used`: sentences another detector already read an event from. */
export function findEventPages(doc: NewsletterDocument, ctx: ExtractContext, used: Set<DocSentence>): Draft[] {
  return doc.sections.flatMap((_, index) => eventsInSection(doc.sections, index, ctx)).filter((d) => !used.has(d.sentences[0]));
}
