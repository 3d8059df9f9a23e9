// Markdown as some newsletters arrive: headings, emphasis, bullets and links. A link keeps
// its text in the sentence and its address beside it, wrapped in private-use characters
// that later code lifts out; a "#" link has no address to keep.
export const LINK_OPEN = "\uE000";
export const LINK_CLOSE = "\uE001";

export interface MarkdownLine {
  text: string;
  isHeading: boolean;
  isListItem: boolean;
  isRule: boolean;
}

const HEADING = /^\s*#{1,6}\s+/;
const LIST_ITEM = /^\s*(?:[-*+•▪●◦]\s+|[✓✔]\s*)+/u;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;

function stripEmphasis(text: string): string {
  return text
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(«"])\*(?=\S)([^*\n]+?)\*(?=[\s.,;:!?)»"]|$)/g, "$1$2")
    .replace(/(^|[\s(«"])_(?=\S)([^_\n]+?)_(?=[\s.,;:!?)»"]|$)/g, "$1$2");
}

function keepLinkText(text: string): string {
  return text.replace(LINK, (_, label: string, url: string) =>
    /^(https?:|mailto:)/i.test(url) ? `${label}${LINK_OPEN}${url}${LINK_CLOSE}` : label,
  );
}

export function readMarkdownLine(line: string): MarkdownLine {
  if (RULE.test(line)) return { text: "", isHeading: false, isListItem: false, isRule: true };
  const isHeading = HEADING.test(line);
  const isListItem = !isHeading && LIST_ITEM.test(line);
  let text = line.replace(HEADING, "");
  if (isListItem) text = text.replace(LIST_ITEM, "");
  text = stripEmphasis(keepLinkText(text))
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ");
  return { text, isHeading, isListItem, isRule: false };
}
