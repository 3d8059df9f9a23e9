// Just enough XML for feeds and Stortinget's export: a tolerant parse, elements matched by
// local name (prefixes differ between publishers: `dc:date`, `atom:link`), and text that keeps
// CDATA. XML's own entities are decoded by the parser; HTML entities inside a description are
// the HTML reader's business.
import type { Document, Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { SourceFormatError, type SourceFormat } from "./errors";

/** The document's root element, or a SourceFormatError when the text is not XML at all. */
export function parseXmlRoot(xml: string, format: SourceFormat, what: string): Element {
  const text = xml.replace(/^\uFEFF/, "").trimStart();
  if (!text.startsWith("<")) throw new SourceFormatError(format, `The document is not XML, so it cannot be ${what}.`);
  const doc: Document = parseDocument(text, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  const root = doc.children.find((node): node is Element => DomUtils.isTag(node));
  if (!root) throw new SourceFormatError(format, `The document has no XML element, so it cannot be ${what}.`);
  return root;
}

export function localName(element: Element): string {
  const name = element.name;
  const colon = name.indexOf(":");
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
}

export function prefixOf(element: Element): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? "" : element.name.slice(0, colon);
}

export function childElements(element: Element, name?: string): Element[] {
  const wanted = name?.toLowerCase();
  return element.children.filter((node): node is Element => DomUtils.isTag(node) && (wanted === undefined || localName(node) === wanted));
}

export function childElement(element: Element, name: string): Element | null {
  return childElements(element, name)[0] ?? null;
}

/** Text and CDATA of the element and its descendants, as written (not trimmed). */
export function elementText(element: Element | null): string {
  if (!element) return "";
  return DomUtils.textContent(element);
}

/** The trimmed text of the named child, or null when it is missing or empty (or `i:nil`). */
export function childText(element: Element, name: string): string | null {
  const child = childElement(element, name);
  if (!child) return null;
  const text = elementText(child).trim();
  return text === "" ? null : text;
}

export function descendants(element: Element, name: string): Element[] {
  const wanted = name.toLowerCase();
  return DomUtils.findAll((node) => localName(node) === wanted, element.children);
}
