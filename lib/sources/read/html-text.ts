// Text out of HTML: markup removed, entities decoded (`H&#248;ringsfrist`, `&aring;`), block
// elements turned into line breaks so labels such as "Status: På høring" stay on one line.
// Scripts, styles and templates are dropped: their text is not what the page says.
import type { AnyNode, Document, Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

const SKIPPED = new Set(["script", "style", "template", "noscript", "head", "svg", "iframe", "object"]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

function collect(node: AnyNode, out: string[]): void {
  if (DomUtils.isText(node)) {
    out.push(node.data);
    return;
  }
  if (DomUtils.isCDATA(node)) {
    for (const child of node.children) collect(child, out);
    return;
  }
  if (!DomUtils.isTag(node) && !DomUtils.isDocument(node)) return;
  const name = DomUtils.isTag(node) ? node.name.toLowerCase() : "";
  if (SKIPPED.has(name)) return;
  const isBlock = BLOCKS.has(name);
  if (isBlock) out.push("\n");
  for (const child of node.children) collect(child, out);
  if (isBlock) out.push("\n");
  else if (name === "td" || name === "th") out.push(" ");
}

/** Spaces collapsed within lines, blank lines dropped, no-break spaces and soft hyphens normalised. */
export function tidyText(text: string): string {
  return text
    .replace(/[\u00ad\u200b\ufeff]/g, "")
    .replace(/[\u00a0\u2007\u202f\t\r\f\v ]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** The visible text of parsed nodes, one line per block. */
export function nodesToText(nodes: AnyNode | AnyNode[]): string {
  const out: string[] = [];
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) collect(node, out);
  return tidyText(out.join(""));
}

/** The visible text of an HTML fragment or page, one line per block. */
export function htmlToText(html: string): string {
  return nodesToText(parseHtml(html));
}

/** Entities decoded in text that holds no markup ("Barne- &amp; familie" → "Barne- & familie"). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  const escaped = text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return DomUtils.textContent(parseDocument(escaped, { decodeEntities: true }));
}

/** The text as one line, for titles and names. */
export function oneLine(text: string): string {
  return tidyText(text).replace(/\n/g, " ").trim();
}

export function findElements(root: AnyNode | AnyNode[], test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, Array.isArray(root) ? root : [root]);
}

export function hasClass(element: Element, name: string): boolean {
  return (element.attribs.class ?? "").split(/\s+/).includes(name);
}
