// Which address an item links to. A Markdown or inline link in its sentence is the answer.
// A PDF lists a page's addresses after the page, apart from the "se her" they belong to:
// the address is then found by the words it shares with the item ("horing-nou-202417-…")
// and by order (the third "her" on the page is the third address), when the counts agree.
import type { DocPage, DocParagraph, DocSentence, NewsletterDocument } from "./document";
import { findDateMentions } from "./dates";
import { foldLetters } from "../../model/slug";

const URL_STOP_WORDS = new Set(
  "http https www html aspx php pdf globalassets aktuelt nyheter dokumenter news node sider side rad veiledning content uploads files".split(
    " ",
  ),
);

function urlWords(url: string): string[] {
  let path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape leaves the address as written.
  }
  const words = foldLetters(path).split(/[^a-z0-9]+/);
  return [...new Set(words.filter((w) => w.length >= 4 && !/^\d+$/.test(w) && !/^id\d+$/.test(w) && !URL_STOP_WORDS.has(w)))];
}

// In a paragraph of thousands of sentences (a text without blank lines), only the
// sentences around an item's own can hold its link.
const NEARBY = 6;
const MAX_PAGE_URLS = 300;

function nearby(sentence: DocSentence): DocSentence[] {
  return sentence.paragraph.sentences.slice(Math.max(0, sentence.index - NEARBY), sentence.index + NEARBY + 1);
}

const dateCache = new WeakMap<DocParagraph, boolean>();

function hasDate(paragraph: DocParagraph): boolean {
  let found = dateCache.get(paragraph);
  if (found === undefined) {
    found = findDateMentions(paragraph.text).length > 0;
    dateCache.set(paragraph, found);
  }
  return found;
}

function textWords(text: string, common: Set<string>): string[] {
  return foldLetters(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !common.has(w));
}

/**
 * The "her" that stands for the item's link: in its own sentences, else elsewhere in its
 * paragraph, else in the undated paragraphs that follow under the same heading ("Se
 * utlysningen av prosjektet her." two paragraphs after the date).
 */
function findAnchor(sentences: DocSentence[]): number | null {
  const own = sentences.flatMap((s) => s.anchors)[0];
  if (own !== undefined) return own;
  const { paragraph } = sentences[0];
  const inParagraph = nearby(sentences[0]).flatMap((s) => s.anchors)[0];
  if (inParagraph !== undefined) return inParagraph;
  for (const next of paragraph.section.paragraphs.slice(paragraph.index + 1, paragraph.index + 4)) {
    if (next.page !== paragraph.page || hasDate(next)) break;
    const anchor = next.sentences.flatMap((s) => s.anchors)[0];
    if (anchor !== undefined) return anchor;
  }
  return null;
}

// "rapporteurs" and "rapportører" share a long enough start; "menneskehandel" and
// "menneskerettigheter" do not.
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(6, 0.6 * Math.min(a.length, b.length));
}

function sharedWords(url: string, words: string[]): number {
  return urlWords(url).filter((u) => words.some((w) => sameWord(u, w))).length;
}

function orderBonus(index: number, anchor: number | null, page: DocPage): number {
  if (anchor === null) return 0;
  if (page.urls.length === page.anchorCount) return index === anchor ? 3 : 0;
  if (index === anchor) return 1;
  return Math.abs(index - anchor) === 1 ? 0.5 : 0;
}

/** The address of an item read from `sentences` (the first is where its date is), or null. */
export function chooseUrl(itemText: string, sentences: DocSentence[], doc: NewsletterDocument): string | null {
  const primary = sentences[0];
  if (!primary) return null;
  const after = primary.paragraph.sentences.slice(primary.index + 1, primary.index + 1 + NEARBY);
  const inline = [...sentences, ...after].flatMap((s) => s.urls);
  if (inline.length > 0) return inline[0];
  const page: DocPage | undefined = doc.pages[primary.paragraph.page];
  // A page that lists hundreds of addresses gives no order to match "her" by.
  if (!page || page.urls.length === 0 || page.urls.length > MAX_PAGE_URLS) return null;
  const anchor = findAnchor(sentences);
  const words = textWords(itemText, doc.commonWords);
  let best: { url: string; score: number } | null = null;
  page.urls.forEach((url, index) => {
    const score = 2 * sharedWords(url, words) + orderBonus(index, anchor, page);
    if (!best || score > best.score) best = { url, score };
  });
  const chosen = best as { url: string; score: number } | null;
  return chosen && chosen.score >= 2 ? chosen.url : null;
}
