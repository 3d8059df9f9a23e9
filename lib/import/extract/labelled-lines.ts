// A run of lines written as facts, one a line ("Høringsfrist: 1. februar 2027", "Avsender:
// Justis- og beredskapsdepartementet"), as ministries, Stortinget's committees and
// organisations' e-mails write an announcement. Joined like a PDF's broken lines, the labels
// would become words of the title; read here, the lines before the first label are the
// title and every labelled line stays a fact of its own. Ordinary paragraphs are left alone:
// a run counts only when most of its lines are facts.
import { readFieldLine, readSpacedFieldLine } from "./field-labels";
import { findIssuerMentions, issuerByEnglishName } from "./issuers";
import { LINK_CLOSE, LINK_OPEN } from "./markdown";

export interface LabelledLines {
  /** The unlabelled lines before the first fact, joined: the item's name. */
  title: string | null;
  /** Prose that stands before the facts (an introduction), kept as a paragraph. */
  before: string | null;
  /** The facts, each as written ("Høringsfrist: 1. februar 2027"), and a line naming a body. */
  facts: string[];
  /** Prose among or after the facts, kept as paragraphs after them. */
  after: string[];
}

// An announcement's facts fill a dozen lines; a longer run is a paragraph a PDF broke up.
const MAX_LINES = 40;
const MAX_TITLE_LINES = 3;
const MAX_TITLE_LENGTH = 300;
const MAX_ISSUER_LINE = 90;
// A wrapped value ("Sted: Litteraturhuset," + "Wergelands vei 29") is short and no sentence.
const MAX_CONTINUATION = 60;

/** A line short enough, and opening like a name, to be worth looking up as a body. */
const mayNameIssuer = (text: string) => text.length <= MAX_ISSUER_LINE && /^[\p{Lu}\d]/u.test(text);

/** "Justis- og beredskapsdepartementet" on a line of its own: the body the item is from. */
export function isIssuerLine(line: string): boolean {
  const text = line.trim().replace(/[.,;]$/, "");
  if (!text || !mayNameIssuer(text)) return false;
  if (issuerByEnglishName(text)) return true;
  const mentions = findIssuerMentions(text);
  const covered = mentions.reduce((sum, m) => sum + (m.endIndex - m.index), 0);
  return mentions.length > 0 && covered >= 0.7 * text.length;
}

const OTHER_LABEL = /^\p{Lu}[\p{L}\d.-]*(?: [\p{L}\d.-]+){0,3}:\s+\S/u;

const isLinkLine = (part: string) => {
  const text = part.replace(new RegExp(`${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`, "g"), "");
  return text.length < part.length && text.length <= MAX_CONTINUATION;
};

const endsSentence = (text: string) => /[.!?…]["»”)]*$/.test(text);
const isProse = (text: string) => endsSentence(text) || text.length > 150;

// What an announcement's title opens with, or its length: "Høring – …", "Invitasjon til …".
const KIND_START =
  /^(?:h(?:ø|øy)ring|innspill|innspel|invitasjon|seminar|webinar|konferanse|fagdag|frokostmøte|møte|arrangement|consultation|invitation|call\b)/i;
const MIN_TITLE_WORDS = 5;

const namesItem = (text: string) =>
  !isProse(text) && /^[\p{Lu}«"]/u.test(text) && (KIND_START.test(text) || text.split(/\s+/).length >= MIN_TITLE_WORDS);

const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^:?-+:?$/;

/**
 * A Markdown table's row "| Høringsfrist | 15.03.2027 |" as "Høringsfrist: 15.03.2027"; its
 * rule "|---|---|" as nothing; a row of other cells as its cells.
 */
function tableRowParts(row: string): string[] {
  const cells = row.split("|").map((cell) => cell.trim());
  if (cells.every((cell) => !cell || TABLE_RULE.test(cell))) return [];
  const filled = cells.filter(Boolean);
  const asField = filled.length === 2 ? `${filled[0].replace(/:$/, "")}: ${filled[1]}` : null;
  return asField && readFieldLine(asField) ? [asField] : filled;
}

/** The parts of a regjeringen.no-style line "Høring | Dato: 14.03.2025 | Justis- og beredskapsdepartementet". */
function partsOf(lines: string[]): string[] {
  return lines
    .flatMap((line) => {
      if (!line.includes("|")) return [line];
      const row = TABLE_ROW.exec(line);
      return row ? tableRowParts(row[1]) : line.split(/\s+\|\s+/);
    })
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The lines as an item's title and facts, or null when they are an ordinary paragraph: fewer
 * than two labelled lines, or as much prose after the first label as facts.
 */
export function readLabelledLines(lines: string[]): LabelledLines | null {
  if ((lines.length < 2 && !lines[0]?.includes(" | ")) || lines.length > MAX_LINES) return null;
  // "Høringsfrist<tab>15.03.2027" from a copied table is written as "Høringsfrist: 15.03.2027".
  const parts = partsOf(lines).map((part) => {
    const spaced = readSpacedFieldLine(part);
    return spaced && !readFieldLine(part) ? `${spaced.label}: ${spaced.value}` : part;
  });
  const fields = parts.map((part) => readFieldLine(part));
  const first = fields.findIndex((f) => f !== null);
  if (first < 0) return null;
  // Lines after the first label that no lookup can make a fact: when they are most of the
  // run, it is prose, and the costlier look for bodies' names is spared.
  const surelyProse = parts.filter((part, i) => i > first && !fields[i] && !OTHER_LABEL.test(part) && !mayNameIssuer(part)).length;
  if (surelyProse * 2 > parts.length - first - surelyProse) return null;
  const issuerLines = new Set(parts.filter((part, i) => !fields[i] && isIssuerLine(part)));
  const titleParts: string[] = [];
  const prose: string[] = [];
  const facts: string[] = [];
  let labelled = 0;
  let unlabelled = 0;
  for (const [i, part] of parts.entries()) {
    const field = fields[i];
    if (i < first) {
      if (issuerLines.has(part)) facts.push(part);
      else titleParts.push(part);
      continue;
    }
    if (field) {
      labelled++;
      // "Høring: Forslag til …" ahead of the other facts names the item.
      if (field.role === "title" && i === first && titleParts.length === 0) titleParts.push(part);
      else facts.push(part);
      continue;
    }
    if (issuerLines.has(part)) {
      labelled++;
      facts.push(part);
      continue;
    }
    // A label the list does not know ("Dato for høringen: 9. mars") still makes its line a
    // fact, and so does a link on a line of its own ("[Les mer](https://…)").
    if (OTHER_LABEL.test(part) || isLinkLine(part)) {
      labelled++;
      facts.push(part);
      continue;
    }
    // A value wrapped onto the next line, or written under its label ("Tittel:" / "Forslag til …").
    const previous = fields[i - 1];
    const held = [titleParts, facts].find((list) => list.length > 0 && list.at(-1) === parts[i - 1]);
    const isWrapped =
      previous?.value === "" ? !isProse(part) : part.length <= MAX_CONTINUATION && /^[\p{Ll}\d(]/u.test(part) && !isProse(part);
    if (previous && held && isWrapped) {
      held[held.length - 1] = `${held.at(-1)} ${part}`;
      parts[i - 1] = parts[i] = held.at(-1)!;
      continue;
    }
    // "Høringsfrist: 1. mars 2027" written above the title: the first line among the facts
    // that is none of them and reads as a name. Under the last fact it is a remark.
    const isAmongFacts = fields.slice(i + 1).some(Boolean);
    if (titleParts.length === 0 && unlabelled === 0 && prose.length === 0 && isAmongFacts && namesItem(part)) {
      titleParts.push(part);
      continue;
    }
    unlabelled++;
    // "Online (Zoom)", "Frivillighetshuset, Oslo": a short line among the facts is one of them.
    if (part.length <= MAX_CONTINUATION && !isProse(part)) facts.push(part);
    else prose.push(part);
  }
  // "Telefon:" and "E-post:" under a signature say nothing an item needs.
  const hasItemFact = parts.some((part, i) => (fields[i] && fields[i].role !== "other") || (i >= first && issuerLines.has(part)));
  const factCount = facts.length;
  if (factCount === 0 || !hasItemFact || labelled + (titleParts.length > 0 ? 1 : 0) < 2 || unlabelled * 2 > labelled) return null;
  if (titleParts.length > MAX_TITLE_LINES || titleParts.join(" ").length > MAX_TITLE_LENGTH) return null;
  // "Praktisk informasjon:" introduces the facts rather than naming them.
  if (titleParts.at(-1)?.endsWith(":")) return null;
  const isTitleProse = titleParts.some(isProse);
  // "Høring i justiskomiteen" above "Sak: Endringer i straffeloven": the label names the item,
  // the line above says what kind of item it is and whose; it stays among the facts.
  const titleField = fields[first];
  const titleFact = facts.indexOf(parts[first]);
  if (titleFact >= 0 && titleParts.length > 0 && !isTitleProse && titleField?.role === "title" && titleField.value) {
    facts.splice(titleFact, 1);
    facts.unshift(...titleParts.splice(0, titleParts.length, parts[first]));
  }
  // "Høring" alone above "Dato: …" says what kind of page it is, not what it is about.
  if (titleParts.length === 1 && !/\s/.test(titleParts[0])) facts.unshift(titleParts.pop()!);
  const title = titleParts.length > 0 ? titleParts.join(" ") : null;
  return { title: isTitleProse ? null : title, before: isTitleProse ? title : null, facts, after: prose };
}
