// Items written as labelled facts, one a line (labelled-lines.ts keeps them apart):
//   Høring – forslag til ny lov om tiltak mot menneskehandel
//   Avsender: Justis- og beredskapsdepartementet
//   Høringsfrist: 15.03.2027
// The title is the run's own first line (or a "Tittel:"/"Sak:" value, or the heading right
// above), the deadline its "Høringsfrist:"/"Frist:" line, the issuer its "Avsender:" line or
// a line naming a known body, and so on. An event's "Tid:" and "Sted:" are left to the event
// pages reader; what the run's labels add to such an event (its organiser, its place, its
// link) is filled in by `withLabelledFacts`.
import type { DocParagraph, DocSection, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { readFieldLine, type FieldLine, type FieldRole } from "./field-labels";
import { chooseIssuer } from "./issuer-choice";
import { findIssuerMentions, issuerByEnglishName } from "./issuers";
import { isIssuerLine } from "./labelled-lines";
import { isOnline as isOnlinePlace } from "./locations";
import { findReferences } from "./references";
import { findTimeMentions } from "./times";
import { headingAsTitle, withoutDates } from "./titles";
import type { IssuerRef } from "./types";
import type { ItemKind } from "../../model/item";

interface Fact {
  /** Null for a line that only names a body, or a word such as "Høring". */
  field: FieldLine | null;
  paragraph: DocParagraph;
}

interface Group {
  id: number;
  section: DocSection;
  facts: Fact[];
  /** The run's own first line, else a title label's value, else the heading right above. */
  title: string | null;
  /** The title is the run's own line or label, not the heading above. */
  hasOwnTitle: boolean;
}

const HEARING_WORDS = /h(?:ø|øy)ring|consultation|komit[eé]/i;
const INPUT_WORDS = /innspill|innspel|\binput\b/i;
const URL_VALUE = /^(?:https?:\/\/|www\.)\S+$/i;
const MAX_REFERENCE = 60;
export const UNTITLED_WARNING = "Teksten gir ingen tittel til denne fristen; skriv inn en.";

const factsOf = (group: Group, ...roles: FieldRole[]) => group.facts.filter((f) => f.field && roles.includes(f.field.role));
const valueOf = (fact: Fact | undefined) => fact?.field?.value ?? null;

/** "[Les mer](https://…)" on a line of its own. */
const isLinkLine = (fact: Fact) => !fact.field && fact.paragraph.sentences.some((s) => s.urls.length > 0);

// A page's part, not its title: "Høringsnotat" between the title and the facts.
const PAGE_PART =
  /^(?:h(?:ø|øy)rings(?:notat|brev|dokument\w*|side|svar)|dokument\w*|vedlegg|innhald|innhold|status|fakta|praktisk\s+informasjon)$/i;

/**
 * The heading above a run names it when nothing but labelled runs stands between them; of a
 * run of headings, the nearest that is no page part.
 */
function headingTitle(section: DocSection, first: DocParagraph): string | null {
  if (section.headingGroup !== null || !section.paragraphs.slice(0, first.index).every((p) => p.group !== null)) return null;
  let current: DocSection | null = section;
  for (let isFirst = true; current?.heading; current = current.previous, isFirst = false) {
    if (!isFirst && current.paragraphs.length > 0) return null;
    if (!PAGE_PART.test(current.heading.trim())) return current.heading;
  }
  return null;
}

/** The prose right after a run (a hearing page's lead: "JD sender … på høring") may name its issuer. */
function issuerAfter(group: Group): IssuerRef | null {
  const last = group.facts.at(-1)!.paragraph;
  const next = group.section.paragraphs[last.index + 1];
  return next && next.group === null && next.sentences[0] ? chooseIssuer(next.sentences[0]) : null;
}

function readGroups(doc: NewsletterDocument): Group[] {
  const groups = new Map<number, Group>();
  for (const section of doc.sections) {
    for (const paragraph of section.paragraphs) {
      if (paragraph.group === null) continue;
      let group = groups.get(paragraph.group);
      if (!group) {
        const own = section.headingGroup === paragraph.group ? section.heading : null;
        group = { id: paragraph.group, section, facts: [], title: own, hasOwnTitle: own !== null };
        groups.set(paragraph.group, group);
      }
      group.facts.push({ field: readFieldLine(paragraph.text), paragraph });
    }
  }
  for (const group of groups.values()) {
    const titleField = factsOf(group, "title").find((f) => f.field!.value);
    if (!group.title && titleField) group.title = titleField.paragraph.text;
    group.hasOwnTitle = group.title !== null;
    group.title ??= headingTitle(group.section, group.facts[0].paragraph);
  }
  return [...groups.values()];
}

const firstDate = (fact: Fact) => {
  for (const sentence of fact.paragraph.sentences) {
    const date = trackedDates(sentence)[0];
    if (date) return { sentence, date };
  }
  return null;
};

function issuerOf(facts: Fact[]): IssuerRef | null {
  for (const fact of facts) {
    const text = fact.field ? fact.field.role === "issuer" && fact.field.value : isIssuerLine(fact.paragraph.text) && fact.paragraph.text;
    const found = text ? (findIssuerMentions(text)[0]?.issuer ?? issuerByEnglishName(text)) : null;
    if (found) return found;
  }
  return null;
}

const firstIndex = (g: Group) => g.facts[0].paragraph.index;
const lastIndex = (g: Group) => g.facts.at(-1)!.paragraph.index;

/**
 * A run right before or after, under the same heading, with no title, deadline or event of
 * its own: a hearing page's "Høring | Dato: … | JD" line above its "Høringsfrist:" lines.
 */
function companions(group: Group, groups: Group[]): Fact[] {
  const isAdjacent = (g: Group) =>
    g.section === group.section
      ? lastIndex(g) + 1 === firstIndex(group) || lastIndex(group) + 1 === firstIndex(g)
      : // The same line above the page's title, when the facts open the title's section.
        g.section === group.section.previous && firstIndex(group) === 0 && lastIndex(g) === g.section.paragraphs.length - 1;
  // An e-mail's "Fra:"/"Sendt:" header is no such line: a companion names a known body or a kind ("Høring").
  const isPageLine = (g: Group) => issuerOf(g.facts) !== null || g.facts.some((f) => !f.field && !/\s/.test(f.paragraph.text.trim()));
  const isCompanion = (g: Group) =>
    g !== group && isAdjacent(g) && !g.hasOwnTitle && factsOf(g, "deadline", "when", "place").length === 0 && isPageLine(g);
  return groups.filter(isCompanion).flatMap((g) => g.facts);
}

/**
 * The heading a run stands under: its section's, or, when that heading is the run's own title,
 * the one right above it ("Høring i justiskomiteen" over "Sak: Endringer i straffeloven").
 */
function headingAbove(group: Group): string | null {
  const { section } = group;
  if (section.headingGroup === null) return section.heading;
  if (section.headingGroup !== group.id || section.previous?.paragraphs.length !== 0) return null;
  return section.previous.heading;
}

/** A body the lines around the facts name: "Høring i justiskomiteen" above them or among them. */
function issuerAround(group: Group): IssuerRef | null {
  const texts = [...group.facts.filter((f) => !f.field).map((f) => f.paragraph.text), headingAbove(group) ?? ""];
  for (const text of texts) {
    const found = findIssuerMentions(text)[0]?.issuer;
    if (found) return found;
  }
  return null;
}

function kindOf(group: Group, deadline: Fact | undefined): ItemKind | null {
  const label = deadline?.field?.label ?? "";
  if (HEARING_WORDS.test(label)) return "HEARING";
  if (INPUT_WORDS.test(label)) return "STRATEGY_INPUT";
  // The run's own words first (its title, a bare "Høring", "Status: På høring", "Komité:
  // Justiskomiteen"), then the heading it stands under ("Åpen høring i justiskomiteen"),
  // which may cover several runs of different kinds; another run's title is none.
  const own = [
    group.hasOwnTitle ? (group.title ?? "") : "",
    ...group.facts
      .filter((f) => !f.field || f.field.role === "title" || f.field.role === "issuer" || f.field.label.toLowerCase() === "status")
      .map((f) => f.paragraph.text),
  ].join(" ");
  for (const words of [own, headingAbove(group) ?? ""]) {
    if (HEARING_WORDS.test(words)) return "HEARING";
    if (INPUT_WORDS.test(words)) return "STRATEGY_INPUT";
  }
  return deadline ? "DEADLINE" : null;
}

/** A title for an item whose text names it nowhere: what it is, and from whom. */
export function untitled(kind: ItemKind, issuer: IssuerRef | null): string {
  const word = { HEARING: "Høring", STRATEGY_INPUT: "Innspill", DEADLINE: "Frist", SEMINAR: "Arrangement" }[kind];
  return issuer ? `${word} fra ${issuer.shortName}` : word;
}

function referenceOf(facts: Fact[], title: string | null): string | null {
  for (const fact of facts) {
    const value = valueOf(fact);
    // A case or document number has digits; "Dokument: Høringsnotat (PDF)" names no reference.
    if (!value || value.length > MAX_REFERENCE || !/\d/.test(value)) continue;
    return findReferences(value)[0]?.reference ?? value.replace(/[.,;]$/, "");
  }
  return title ? (findReferences(title)[0]?.reference ?? null) : null;
}

function draftOf(group: Group, groups: Group[], ctx: ExtractContext): Draft | null {
  const deadlines = factsOf(group, "deadline").filter((f) => firstDate(f));
  const registration = factsOf(group, "registration").find((f) => firstDate(f));
  let kind = kindOf(group, deadlines[0]);
  // A committee's hearing is acted on by asking to take part: that is its deadline.
  const isCommittee = kind === "HEARING" && deadlines.length === 0 && registration !== undefined;
  const deadline = deadlines[0] ?? (isCommittee ? registration : undefined);
  if (!deadline || !kind) return null;
  const due = firstDate(deadline)!;
  const extra = companions(group, groups);
  const isEvent = factsOf(group, "when", "place").length > 0;
  // At a committee's hearing "Høringsdato:" is the day of the hearing, not of a letter sent.
  const isSentDay = (f: Fact) => !isCommittee || !/^(?:h(?:ø|øy)rings)?dato$/i.test(f.field!.label);
  const sentFact = [
    ...factsOf(group, "sent"),
    ...(isEvent ? [] : factsOf(group, "date")),
    ...extra.filter((f) => f.field?.role === "sent" || f.field?.role === "date"),
  ]
    .filter(isSentDay)
    .map(firstDate)
    .find(Boolean);
  const sentOn = sentFact ? (completeMention(sentFact.date, sentFact.sentence, ctx)?.from ?? null) : null;
  const day = completeMention(due.date, due.sentence, ctx, { notBefore: sentOn })?.to;
  if (!day) return null;
  const labelledIssuer = issuerOf(group.facts.filter((f) => !f.field || f.field.role === "issuer")) ?? issuerOf(extra);
  const issuer = labelledIssuer ?? chooseIssuer(due.sentence) ?? issuerAfter(group) ?? issuerAround(group);
  // "Tittel: X", "Sak: X", "Seminar: X": the value is the title, as a heading's is.
  const title = group.title ? headingAsTitle(group.title) : null;
  if (kind === "DEADLINE" && title && HEARING_WORDS.test(title)) kind = "HEARING";
  const links = [
    ...factsOf(group, "link"),
    ...group.facts.filter(isLinkLine),
    ...extra.filter((f) => f.field?.role === "link"),
    ...factsOf(group, "registration"),
  ];
  const used = group.facts.filter(
    (f) => !f.field || !["when", "place", "online", "registration", "date"].includes(f.field.role) || f === deadline,
  );
  const sentences = [due.sentence, ...[...links, ...used].flatMap((f) => f.paragraph.sentences)];
  return {
    ...emptyDraft(kind, [...new Set(sentences)]),
    title: title || untitled(kind, issuer),
    reference: referenceOf([...factsOf(group, "reference"), ...extra.filter((f) => f.field?.role === "reference")], title),
    issuer,
    sentOn: sentOn && sentOn <= day ? sentOn : null,
    deadline: day,
    warnings: title ? [] : [UNTITLED_WARNING],
    labelled: { title: title !== null, deadline: true, issuer: labelledIssuer !== null },
  };
}

/** One item for each run of labelled lines that gives a deadline; events are read elsewhere. */
export function findLabelledItems(doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  const groups = readGroups(doc);
  return groups.flatMap((group) => draftOf(group, groups, ctx) ?? []);
}

// Under "Tid:"/"Time:" a bare "14:00–15:30" is a clock time, "kl." or not.
const CLOCK = /(?<![\d.:])\d{1,2}[:.]\d{2}(?:\s*[–-]\s*\d{1,2}[:.]\d{2})?(?![\d.:])/;

function timeOf(group: Group) {
  for (const fact of factsOf(group, "when", "date")) {
    const value = fact.field!.value;
    const clock = CLOCK.exec(withoutDates(value))?.[0];
    const time = findTimeMentions(value)[0] ?? (clock ? findTimeMentions(`kl. ${clock}`)[0] : undefined);
    if (time) return time;
  }
  return null;
}

/**
 * An item another reader found in a labelled run (an event's "Tid:" line) takes what the
 * run's labels say: its organiser, its place, its link.
 */
export function withLabelledFacts(drafts: Draft[], doc: NewsletterDocument): Draft[] {
  const groups = new Map(readGroups(doc).map((g) => [g.id, g]));
  return drafts.map((draft) => {
    const id = draft.sentences[0]?.paragraph.group;
    const group = id == null ? undefined : groups.get(id);
    if (!group || draft.labelled) return draft;
    const issuer = issuerOf(group.facts.filter((f) => f.field?.role === "issuer")) ?? draft.issuer;
    const place = valueOf(factsOf(group, "place")[0]);
    const isOnline =
      draft.isOnline ||
      (draft.kind === "SEMINAR" &&
        (factsOf(group, "online").some((f) => f.field!.value) ||
          (place !== null && isOnlinePlace(place)) ||
          group.facts.some((f) => !f.field && isOnlinePlace(f.paragraph.text))));
    // "Dato: 26. mars" and "Tid: kl. 09.00–12.00" on lines of their own.
    const time = draft.kind === "SEMINAR" && !draft.startTime ? timeOf(group) : null;
    // An event its reader found online keeps no place: "Sted: Digitalt (Teams)" is none.
    const isPlace = draft.kind === "SEMINAR" && !isOnline && place !== null && !URL_VALUE.test(place);
    const location = draft.location ?? (isPlace ? place.replace(/[.,;]$/, "") : null);
    const links = factsOf(group, "link", "registration").flatMap((f) => f.paragraph.sentences);
    const sentences = [...draft.sentences, ...links.filter((s) => !draft.sentences.includes(s))];
    const times = time ? { startTime: time.start, endTime: time.end } : {};
    return { ...draft, ...times, issuer, location, isOnline, sentences };
  });
}
