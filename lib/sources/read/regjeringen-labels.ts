// The labels of a regjeringen.no hearing page, read from its text one line per block:
// "Status: På høring", "Høringsfrist: 01.03.2027", "Vår ref.: 26/4471" (Nynorsk pages write
// "Høyringsfrist" and "På høyring"). When the label is missing, the deadline is read from the
// letter's own sentence ("Frist for å sende inn høringssvar er 2. mai 2017.").
import { findDateMentions } from "../../import/extract";
import type { CalendarDate } from "../../model/item";
import { calendarDateOf } from "./instants";

export interface PageLabels {
  /** undefined: no such label; "": the label is there with nothing after it. */
  status: string | undefined;
  deadline: string | undefined;
  reference: string | undefined;
}

const LABELS = {
  status: /^status\s*:\s*(.*)$/i,
  deadline: /^h(?:ø|o|oe)y?ringsfrist\s*:?\s*(.*)$/i,
  reference: /^(?:vår|vår|var)\s+ref(?:\.|eranse)?\s*:?\s*(.*)$/i,
};

export function readLabels(lines: string[]): PageLabels {
  const found: PageLabels = { status: undefined, deadline: undefined, reference: undefined };
  for (const line of lines) {
    for (const key of Object.keys(LABELS) as (keyof PageLabels)[]) {
      if (found[key] !== undefined) continue;
      const match = LABELS[key].exec(line);
      // "Høringsfristen er …" is a sentence, not the label: the label ends at its colon or line.
      if (match && !(key === "deadline" && /^h\S*fristen/i.test(line))) found[key] = match[1].trim();
    }
  }
  return found;
}

/** The first whole date in the text ("01.03.2027", "1. mars 2027"); null when there is none or no year. */
export function firstFullDate(text: string): CalendarDate | null {
  for (const mention of findDateMentions(text)) {
    const { day, month, year } = mention.to ?? mention.from;
    if (year !== null) return calendarDateOf(year, month, day);
  }
  return null;
}

// "Frist for å sende inn høringssvar er 2. mai 2017", "Høringsfristen er 10. september 2026",
// "Fristen for å gi innspill er 1. mars 2027", "Høringsfristen er forlenget til 15. mars 2027".
// "Den opprinnelige fristen var 1. mars" says "var" and is not read.
const DEADLINE_SENTENCE =
  /(?:h(?:ø|o)y?ringsfrist(?:en|a)?|frist(?:en|a)?\s+for\s+å\s+(?:sende\s+inn|gi|levere|komme\s+med)\s+(?:høy?ringssvar|høy?ringsuttalels[ea]r?|høy?ringsfråsegn|innspel|innspill|merknader|uttalels[ea]r?))\s+(?:er|blir|vert)\s(.{0,80})/giu;

/** The words after "… er", up to the end of their sentence ("2. mai" keeps its dot). */
function sentenceRest(text: string): string {
  const end = /\.\s+(?=[A-ZÆØÅ])|\.$/u.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** The deadline a sentence of the page names, or null. When several do, the last (an extension) wins. */
export function deadlineFromSentences(text: string): CalendarDate | null {
  let found: CalendarDate | null = null;
  for (const match of text.matchAll(DEADLINE_SENTENCE)) {
    const date = firstFullDate(sentenceRest(match[1]));
    if (date) found = date;
  }
  return found;
}

/** "26/4471", "26/3310-4", "17/412": the case number at the start of the label's value. */
export function readReference(value: string | undefined): string | null {
  if (!value) return null;
  const number = /^\d{2,4}\s*\/\s*\d+(?:\s*[-–]\s*\d+)?/.exec(value);
  if (number) return number[0].replace(/\s+/g, "").replace("–", "-");
  const first = value.split(/\s{2,}|\s[|–-]\s/)[0].trim();
  return first.length > 0 && first.length <= 40 ? first : null;
}

const CANCELLED_STATUS = /\b(avlyst|trukket|tilbaketrukket|kansellert|trekt)\b/i;
const CANCELLED_SENTENCE =
  /\bh(?:ø|o)y?ringa?(?:en)?\s+(?:er|blir|vert)\s+(?:avlyst|trukket(?:\s+tilbake)?|trekt(?:\s+tilbake)?|kansellert)\b/i;

/** True when the page says the hearing is cancelled or withdrawn. */
export function saysCancelled(status: string | undefined, title: string, text: string): boolean {
  return (status !== undefined && CANCELLED_STATUS.test(status)) || /^\s*(avlyst|trukket)\b/i.test(title) || CANCELLED_SENTENCE.test(text);
}
