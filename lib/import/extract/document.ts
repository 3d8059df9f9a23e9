// The newsletter as sections (under a heading), paragraphs and sentences, with what each
// sentence links to: addresses written in it, and the "her" words that stand for the
// addresses a PDF lists after the page.
import { LINK_CLOSE, LINK_OPEN } from "./markdown";
import type { NormalisedText } from "./normalise";
import { splitSentences } from "./sentences";
import { foldLetters } from "../../model/slug";

export interface DocSentence {
  text: string;
  /** Addresses written in or linked from the sentence itself. */
  urls: string[];
  /** Ordinals, within the page, of the "her" links in the sentence. */
  anchors: number[];
  paragraph: DocParagraph;
  index: number;
  /** Position in the whole text, for keeping items in reading order. */
  order: number;
}

export interface DocParagraph {
  text: string;
  sentences: DocSentence[];
  section: DocSection;
  index: number;
  page: number;
  /** A year a list's introduction gives ("flere digitale seminarer i 2025:"). */
  yearHint: number | null;
  /** The run of labelled lines it is a fact of (labelled-lines.ts), or null. */
  group: number | null;
}

export interface DocSection {
  heading: string | null;
  /** The run of labelled lines whose title the heading is, or null. */
  headingGroup: number | null;
  paragraphs: DocParagraph[];
  /** The section before, for finding a page's title above a run of headings. */
  previous: DocSection | null;
}

export interface DocPage {
  /** Addresses listed after the page that no "her" needs: mail, and ones written out. */
  urls: string[];
  anchorCount: number;
}

export interface NewsletterDocument {
  sections: DocSection[];
  pages: DocPage[];
  /** Words (folded) in many paragraphs, like "menneskehandel": no clue to which link is whose. */
  commonWords: Set<string>;
}

const INLINE_LINK = new RegExp(`${LINK_OPEN}([^${LINK_CLOSE}]*)${LINK_CLOSE}`, "g");
const BARE_URL = /\bhttps?:\/\/[^\s<>"»]+[^\s<>"».,;:!?)]/g;

function liftUrls(raw: string): { text: string; urls: string[] } {
  const urls: string[] = [];
  const text = raw
    .replace(INLINE_LINK, (_, url: string) => (urls.push(url), ""))
    .replace(BARE_URL, (url) => (urls.push(url), ""))
    .replace(/\s{2,}/g, " ")
    .trim();
  return { text, urls };
}

// A list introduced by "… i 2025:" dates the items that follow it.
function listYear(text: string): number | null {
  if (!text.trimEnd().endsWith(":")) return null;
  const years = new Set([...text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

function pageUrlsNeedingAnchors(urls: string[], pageText: string): string[] {
  const text = pageText.toLowerCase();
  return urls.filter((url) => {
    if (/^mailto:/i.test(url)) return false;
    const written = url
      .replace(/^https?:\/\/(www\.)?/i, "")
      .replace(/\/$/, "")
      .toLowerCase();
    return !text.includes(written);
  });
}

function findCommonWords(paragraphs: DocParagraph[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    for (const word of new Set(foldLetters(p.text).split(/[^a-z0-9]+/))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const limit = Math.max(3, paragraphs.length * 0.1);
  return new Set([...counts].filter(([, n]) => n > limit).map(([word]) => word));
}

export function buildDocument(normalised: NormalisedText): NewsletterDocument {
  const sections: DocSection[] = [{ heading: null, headingGroup: null, paragraphs: [], previous: null }];
  const anchorCounts = normalised.pageUrls.map(() => 0);
  const pageTexts = normalised.pageUrls.map(() => "");
  let hint: number | null = null;
  let order = 0;
  for (const block of normalised.blocks) {
    pageTexts[block.page] += ` ${block.text}`;
    if (block.kind === "heading") {
      sections.push({ heading: liftUrls(block.text).text, headingGroup: block.group, paragraphs: [], previous: sections.at(-1) ?? null });
      hint = null;
      continue;
    }
    const section = sections.at(-1)!;
    const paragraph: DocParagraph = {
      text: "",
      sentences: [],
      section,
      index: section.paragraphs.length,
      page: block.page,
      yearHint: hint,
      group: block.group,
    };
    paragraph.sentences = splitSentences(block.text).map((raw, index) => {
      const { text, urls } = liftUrls(raw);
      const anchors = [...text.matchAll(/(?<![\p{L}])her(?![\p{L}])/gu)].map(() => anchorCounts[block.page]++);
      return { text, urls, anchors, paragraph, index, order: order++ };
    });
    paragraph.text = paragraph.sentences.map((s) => s.text).join(" ");
    section.paragraphs.push(paragraph);
    hint = listYear(paragraph.text) ?? hint;
  }
  const pages = normalised.pageUrls.map((urls, i) => ({
    urls: pageUrlsNeedingAnchors(urls, pageTexts[i]),
    anchorCount: anchorCounts[i],
  }));
  const kept = sections.filter((s) => s.heading !== null || s.paragraphs.length > 0);
  return { sections: kept, pages, commonWords: findCommonWords(kept.flatMap((s) => s.paragraphs)) };
}
