// Other dated deadlines: a report to be delivered ("Sluttrapport skal leveres 15. november
// 2025", "skal levere en NOU innen utgangen av januar 2024"), the next scheduled update
// ("Neste oppdatering blir per 30. april"), registration or applications closing
// ("påmeldingsfrist 1. mars"), and any other "frist" that is no hearing's or input's.
import type { DateMention } from "./dates";
import type { DocParagraph, DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { UNTITLED_WARNING, untitled } from "./detect-labelled";
import { readFieldLine } from "./field-labels";
import { namesCategory } from "./category-headings";
import { chooseIssuer } from "./issuer-choice";
import { clauseFrom, headingAsTitle, tidyTitle, withoutDates } from "./titles";

const NEXT_UPDATE = /\bneste\s+(?:oppdatering|utgave|versjon|rapport|nummer|nyhetsbrev)\w*/i;
const DELIVERY =
  /\bskal\s+(?:leveres|levere|leverast|ferdigstilles|ferdigstillast|overleveres|overleverast|avgi|avlegge|rapportere|publiseres|legges\s+fr[ea]m|leggast\s+fram|svare|svara|besvare)\b/i;
// Registration and applications closing. Only the last day counts: "tidlig påmelding innen
// 15. april gir redusert pris" is a discount, not a deadline.
export const REGISTRATION =
  /\b(?:påmeldingsfrist|påmeldingsfristen|registreringsfrist|frist\s+for\s+(?:påmelding|å\s+melde)|påmelding(?:en)?\b(?:[^.]|\.(?=\S)){0,60}?\b(?:innen|innan|før|senest|seinast|stenger)|(?:meld|melde)\s+(?:deg|seg|dykk)\s+på\s+(?:innen|innan|før|senest|seinast)|meld\w*\s+(?:fra|frå)\s+om\s+deltak\w*|registrering\s+(?:innen|innan|før)|registration\s+(?:deadline|closes|(?:is\s+)?open\s+until|(?:is\s+)?(?:required|needed)\s+(?:by|before))|register\s+(?:by|before)|call\s+for\s+(?:abstracts|papers|proposals))/i;
const CLOSING = /\b(?:søknadsfrist|svarfrist|innsendingsfrist|frist\s+for\s+(?:å\s+søke|søknad\w*)|søk\s+innen|deadline)\b/i;
const NOT_A_DEADLINE = /\btidlig\s*påmelding|\bearly[\s-]bird/i;
const ANY_DEADLINE = /\bfrist(?:en)?\b/i;
const BELONGS_ELSEWHERE = /h(?:ø|øy)ring|innspill|innspel/i;
// What an update is of: "KOM utarbeider oversikt over rettsavgjørelser om menneskehandel".
const PUBLICATION_OBJECT = /\b(?:utarbeider|publiserer|lager|gir\s+ut|oppdaterer)\s+(?:en\s+|et\s+)?(.+?)(?=\s*[(,;]|\s+se\b|\.|$)/i;

// Read once per paragraph, not once per sentence of it.
const elsewhereCache = new WeakMap<DocParagraph, boolean>();

function paragraphBelongsElsewhere(paragraph: DocParagraph): boolean {
  let belongs = elsewhereCache.get(paragraph);
  if (belongs === undefined) {
    belongs = BELONGS_ELSEWHERE.test(paragraph.text);
    elsewhereCache.set(paragraph, belongs);
  }
  return belongs;
}

function triggerIn(sentence: DocSentence): RegExpExecArray | null {
  const text = sentence.text;
  if (NOT_A_DEADLINE.test(text)) return null;
  const specific = NEXT_UPDATE.exec(text) ?? DELIVERY.exec(text) ?? REGISTRATION.exec(text) ?? CLOSING.exec(text);
  if (specific) return specific;
  if (paragraphBelongsElsewhere(sentence.paragraph)) return null;
  return ANY_DEADLINE.exec(text);
}

function deadlineTitle(sentence: DocSentence, trigger: RegExpExecArray): string {
  const paragraph = sentence.paragraph;
  // "Aktuelle frister" is shared by the deadlines under it: it tells none of them apart.
  const named = paragraph.section.heading;
  const heading = named && !namesCategory(named) ? headingAsTitle(named) : null;
  if (NEXT_UPDATE.test(trigger[0])) {
    const object = PUBLICATION_OBJECT.exec(paragraph.sentences[0].text);
    if (object) return tidyTitle(`${trigger[0]} av ${object[1]}`);
  }
  const clause = tidyTitle(clauseFrom(withoutDates(sentence.text), 0, true));
  if (heading && clause.split(/\s+/).length < 8) return `${heading}: ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
  return clause;
}

function deadlineDraft(sentence: DocSentence, ctx: ExtractContext, used: Set<DocSentence>): Draft | null {
  if (used.has(sentence)) return null;
  const trigger = triggerIn(sentence);
  if (!trigger) return null;
  const dates = trackedDates(sentence);
  const date: DateMention | undefined = dates.find((d) => d.index > trigger.index) ?? dates.at(-1);
  const days = date ? completeMention(date, sentence, ctx) : null;
  if (!days) return null;
  const isRegistration = REGISTRATION.test(trigger[0]);
  const issuer = chooseIssuer(sentence);
  const draft = { ...emptyDraft("DEADLINE", [sentence]), issuer, deadline: days.to, isRegistration };
  // "Frist: 1. mars 2027" alone, with no heading above: a label and a day, and nothing that names it.
  if (!isRegistration && isBareDeadlineLine(sentence)) {
    return {
      ...draft,
      title: untitled("DEADLINE", issuer),
      warnings: [UNTITLED_WARNING],
      labelled: { title: false, deadline: true, issuer: false },
    };
  }
  return { ...draft, title: deadlineTitle(sentence, trigger) };
}

function isBareDeadlineLine(sentence: DocSentence): boolean {
  const field = readFieldLine(sentence.text);
  const isBare = field?.role === "deadline" && !/\p{L}{2,}/u.test(withoutDates(field.value));
  return isBare && sentence.paragraph.section.heading === null && sentence.paragraph.sentences.length === 1;
}

/** `used`: sentences another detector already read a date from. */
export function findDeadlines(doc: NewsletterDocument, ctx: ExtractContext, used: Set<DocSentence>): Draft[] {
  return doc.sections.flatMap((section) =>
    section.paragraphs.flatMap((p) => p.sentences.flatMap((s) => deadlineDraft(s, ctx, used) ?? [])),
  );
}
