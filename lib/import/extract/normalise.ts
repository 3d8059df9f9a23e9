// Text as it comes out of a PDF (or Markdown) turned into headings and paragraphs:
// broken lines joined, page headers that repeat dropped, and the links a PDF lists after
// each page kept apart, page by page, to be matched with the "se her" they belong to.
import { findDateMentions } from "./dates";
import { FACT_LABEL, readFieldLine } from "./field-labels";
import { readLabelledLines, type LabelledLines } from "./labelled-lines";
import { joinLines } from "./line-join";
import { dateLedLines, datedEntryLines, tableRows } from "./table-rows";
import { readMarkdownLine } from "./markdown";
import { splitSentences } from "./sentences";

export interface TextBlock {
  kind: "heading" | "paragraph";
  text: string;
  page: number;
  /** The run of labelled lines (labelled-lines.ts) the block comes from: its title and each fact share the number. */
  group: number | null;
}

export interface NormalisedText {
  blocks: TextBlock[];
  /** The addresses listed after each page, in order; index = TextBlock.page. */
  pageUrls: string[][];
}

interface RawBlock {
  lines: string[];
  page: number;
  isMarkdownHeading: boolean;
  isListItem: boolean;
  /** A blank line (or a link line) stands before it. */
  isAfterBreak: boolean;
  group: number | null;
}

const URL_LINE = /^\s*((?:https?:\/\/|mailto:|www\.)\S+)\s*$/i;
const MAX_HEADING_WORDS = 18;

function cleanRaw(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, "");
}

const isBlank = (line: string | undefined) => line === undefined || !line.trim() || URL_LINE.test(line);

/**
 * Page headers ("Aktuelle norske tiltak, rapporter og forskning") come out of a PDF as lines
 * of their own, often glued to the last line of the page. A heading-like line is one when it
 * occurs twice and stands alone once, or occurs three times and ends a block once; a line
 * that wraps inside paragraphs does neither.
 */
function findRepeatedHeaderLines(lines: string[]): Set<string> {
  const seen = new Map<string, { count: number; alone: boolean; endsBlock: boolean }>();
  lines.forEach((line, i) => {
    const text = readMarkdownLine(line).text.trim();
    if (!text || URL_LINE.test(line) || !looksLikeHeading(text)) return;
    // "Justis- og beredskapsdepartementet" closing each of an e-mail's labelled announcements
    // names their issuer; a page header does not follow a labelled fact.
    const endsBlock = isBlank(lines[i + 1]) && !(i > 0 && readFieldLine(readMarkdownLine(lines[i - 1]).text));
    const alone = (isBlank(lines[i - 1]) || /^\s/.test(line)) && endsBlock;
    const entry = seen.get(headingKey(text)) ?? { count: 0, alone: false, endsBlock: false };
    seen.set(headingKey(text), { count: entry.count + 1, alone: entry.alone || alone, endsBlock: entry.endsBlock || endsBlock });
  });
  const isHeader = (e: { count: number; alone: boolean; endsBlock: boolean }) => (e.count >= 2 && e.alone) || (e.count >= 3 && e.endsBlock);
  return new Set([...seen].filter(([, e]) => isHeader(e)).map(([key]) => key));
}

function readBlocks(text: string): { blocks: RawBlock[]; pageUrls: string[][] } {
  const lines = text.split("\n");
  const repeated = findRepeatedHeaderLines(lines);
  const blocks: RawBlock[] = [];
  const pageUrls: string[][] = [];
  let links: string[] = [];
  let current: RawBlock | null = null;
  let isAfterBreak = true;
  const flush = () => {
    if (current && current.lines.some((l) => l.trim())) blocks.push(current);
    current = null;
  };
  for (const line of lines) {
    const url = URL_LINE.exec(line);
    if (url) {
      flush();
      isAfterBreak = true;
      links.push(url[1]);
      continue;
    }
    const md = readMarkdownLine(line);
    if (!md.text.trim() || repeated.has(headingKey(md.text))) {
      flush();
      isAfterBreak = true;
      continue;
    }
    if (links.length > 0) {
      pageUrls.push(links);
      links = [];
    }
    // A line indented by the PDF starts a new run of text: a heading or a page header.
    if (md.isHeading || md.isListItem || /^\s+\S/.test(line)) flush();
    current ??= { lines: [], page: pageUrls.length, isMarkdownHeading: md.isHeading, isListItem: md.isListItem, isAfterBreak, group: null };
    isAfterBreak = false;
    current.lines.push(md.text);
    if (md.isHeading) flush();
  }
  flush();
  pageUrls.push(links);
  return { blocks, pageUrls };
}

type ContinuedBlock = Pick<RawBlock, "page" | "isMarkdownHeading" | "group"> & { lines: { length: number } };

const endsSentence = (text: string) => /[.!?…]["»”)]*$/.test(text) && !/\bforts\.$/.test(text);

const hasDate = (line: string) => findDateMentions(line).length > 0;

/** "Torsdag 18. september kl. 17.00 …", "01.12.25 10:00": a line that opens with its day. */
export function startsWithDate(line: string): boolean {
  const first = findDateMentions(line.slice(0, 80))[0];
  return first !== undefined && first.index <= 2;
}

function looksLikeHeading(text: string): boolean {
  if (text.length > 400 || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/^\d+$/.test(text) || !/^[\p{Lu}\d"«]/u.test(text)) return false;
  // An event page's "Tid: tirsdag 14. oktober kl. 09.00" carries a fact; it looks like a heading but is not.
  if (endsSentence(text) || /[:;,]$/.test(text) || (text.includes(":") && FACT_LABEL.test(text))) return false;
  // A line with a day in it ("Onsdag 23. april 2025, kl. 08.30", "Høringsfrist er satt til 13.10.23") says when, not what.
  return findDateMentions(text).length === 0;
}

/** A paragraph a blank line cut in two: its second part starts in lower case, or a short line follows a colon. */
function continues(prev: ContinuedBlock, prevText: string, next: RawBlock, nextText: string): boolean {
  if (prev.group !== null || next.group !== null) return false;
  if (prev.page !== next.page || prev.isMarkdownHeading || next.isMarkdownHeading || endsSentence(prevText)) return false;
  // A line that opens with its day ("01.12.25 10:00") starts an event page's facts, not a continuation.
  if (/^[\p{Ll}(]/u.test(nextText) || (/\p{Ll}$/u.test(prevText) && /^\d/.test(nextText) && !startsWithDate(nextText))) return true;
  // "se Invitasjon til innspill:" + "Strategi mot menneskehandel. Fristen var …" is one
  // sentence in a double-spaced box; a list after a colon starts with dated lines instead.
  const firstSentence = splitSentences(nextText)[0] ?? "";
  return (
    prevText.endsWith(":") &&
    prevText.length >= 40 &&
    prev.lines.length === 1 &&
    next.lines.length === 1 &&
    firstSentence.split(/\s+/).length <= 6 &&
    !/\d/.test(firstSentence)
  );
}

function headingKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** A labelled run as blocks: its title a heading, then each fact a paragraph of its own. */
function labelledBlocks(block: RawBlock, labelled: LabelledLines, group: number): RawBlock[] {
  const base = { ...block, isMarkdownHeading: false, isListItem: false, group };
  return [
    ...(labelled.title ? [{ ...base, lines: [labelled.title], isMarkdownHeading: true }] : []),
    ...(labelled.before ? [{ ...base, lines: [labelled.before] }] : []),
    ...labelled.facts.map((fact) => ({ ...base, lines: [fact], isListItem: true })),
    ...labelled.after.map((text) => ({ ...base, lines: [text], isListItem: true })),
  ];
}

/**
 * Markdown writes facts as list items ("- Høringsfrist: 1. februar 2027"), one block each; a
 * run of them with no blank line between, and the line just above, is read as one whole.
 */
function withLabelledRuns(blocks: RawBlock[]): RawBlock[] {
  const result: RawBlock[] = [];
  let groups = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.isMarkdownHeading) {
      result.push(block);
      continue;
    }
    let end = i + 1;
    while (end < blocks.length && blocks[end].isListItem && !blocks[end].isAfterBreak && blocks[end].lines.length === 1) end++;
    const run = blocks.slice(i, end);
    const whole = run.length > 1 ? readLabelledLines(run.flatMap((b) => b.lines)) : null;
    const labelled = whole ?? readLabelledLines(block.lines);
    if (labelled) result.push(...labelledBlocks(block, labelled, ++groups), ...(whole ? [] : run.slice(1)));
    else result.push(...run);
    i = end - 1;
  }
  return result;
}

export function normaliseNewsletter(raw: string): NormalisedText {
  const read = readBlocks(cleanRaw(raw));
  const pageUrls = read.pageUrls;
  // A table copied one cell per line becomes one paragraph per row.
  const rawBlocks = withLabelledRuns(read.blocks).flatMap((block) => {
    if (block.group !== null) return [block];
    const rows =
      block.isListItem || block.isMarkdownHeading
        ? null
        : (tableRows(block.lines) ?? dateLedLines(block.lines, startsWithDate) ?? datedEntryLines(block.lines, hasDate));
    return rows ? rows.map((row) => ({ ...block, lines: [row], isListItem: true })) : [block];
  });
  // A block that continues the one before is kept as a piece of it and joined once at the
  // end; only the last piece is looked at, so many continued blocks stay linear.
  const merged: { block: RawBlock; pieces: string[]; lineCount: number }[] = [];
  for (const block of rawBlocks) {
    const text = joinLines(block.lines).trim();
    const last = merged.at(-1);
    if (last && continues({ ...last.block, lines: { length: last.lineCount } }, last.pieces.at(-1)!, block, text)) {
      last.pieces.push(text);
      last.lineCount += block.lines.length;
    } else merged.push({ block, pieces: [text], lineCount: block.lines.length });
  }
  const blocks: TextBlock[] = [];
  for (const m of merged) {
    const text = m.pieces.length === 1 ? m.pieces[0] : joinLines(m.pieces);
    const heading = m.block.isMarkdownHeading || (!m.block.isListItem && looksLikeHeading(text));
    if (/^\d{1,3}$/.test(text)) continue;
    blocks.push({ kind: heading ? "heading" : "paragraph", text, page: m.block.page, group: m.block.group });
  }
  return { blocks, pageUrls };
}
