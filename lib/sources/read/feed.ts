// RSS 2.0 (and RSS 1.0) and Atom feeds read into plain items: the entry's title, its text with
// markup removed, its link without tracking parameters, and its dates. What the text says
// (a seminar, a hearing) is read later by the newsletter extractor.
import type { Element } from "domhandler";
import type { FeedItem } from "../entry";
import { SourceFormatError } from "./errors";
import { htmlToText, nodesToText, oneLine } from "./html-text";
import { parseFeedInstant } from "./instants";
import { cleanLink } from "./links";
import { childElement, childElements, childText, elementText, localName, parseXmlRoot, prefixOf } from "./xml";

/** The items of an RSS or Atom feed, in the feed's order; throws SourceFormatError for anything else. */
export function readFeedItems(xml: string): FeedItem[] {
  const root = parseXmlRoot(xml, "feed", "read as an RSS or Atom feed");
  const name = localName(root);
  if (name === "feed") return childElements(root, "entry").map(readAtomEntry).filter(isUseful);
  if (name === "rss") {
    const channel = childElement(root, "channel");
    return channel ? childElements(channel, "item").map(readRssItem).filter(isUseful) : [];
  }
  if (name === "rdf") return childElements(root, "item").map(readRssItem).filter(isUseful);
  throw new SourceFormatError("feed", `The document is XML with a <${root.name}> root, not an RSS or Atom feed.`);
}

function isUseful(item: FeedItem | null): item is FeedItem {
  return item !== null;
}

/** Text of an element that holds HTML as text (escaped or in CDATA). */
function htmlText(element: Element | null): string {
  return element ? htmlToText(elementText(element)) : "";
}

/** RSS's own <link>; an <atom:link> inside an item counts only when it is the alternate page. */
function rssLink(item: Element): string | null {
  const links = childElements(item, "link");
  const plain = links.find((link) => !prefixOf(link) && elementText(link).trim());
  if (plain) return elementText(plain).trim();
  const alternate = links.find((link) => link.attribs.href && (link.attribs.rel ?? "alternate") === "alternate");
  return alternate?.attribs.href ?? null;
}

function readRssItem(item: Element): FeedItem | null {
  const title = oneLine(htmlText(childElement(item, "title")));
  const encoded = childElements(item, "encoded")[0] ?? null;
  const text = htmlText(encoded) || htmlText(childElement(item, "description"));
  const guidElement = childElement(item, "guid");
  const guid = childText(item, "guid");
  const isPermaLink = guidElement?.attribs.isPermaLink?.toLowerCase() !== "false";
  const link = rssLink(item) ?? (guid && isPermaLink && /^https?:\/\//i.test(guid) ? guid : null);
  const url = cleanLink(link);
  const key = guid ?? url ?? (title ? `title:${title}` : null);
  if (!key || (!title && !text)) return null;
  const published = parseFeedInstant(childText(item, "pubDate") ?? childText(item, "date"));
  const updated = parseFeedInstant(childText(item, "updated") ?? childText(item, "modified"));
  return {
    key,
    title,
    text,
    url,
    publishedAt: published?.toISOString() ?? null,
    updatedAt: updated?.toISOString() ?? null,
  };
}

/** Atom text constructs: type="text" is plain, "html" is escaped HTML, "xhtml" is inline markup. */
function atomText(element: Element | null): string {
  if (!element) return "";
  const type = (element.attribs.type ?? "text").toLowerCase();
  if (type === "xhtml") return nodesToText(element.children);
  if (type === "html" || type === "text/html") return htmlToText(elementText(element));
  // Plain text still arrives with entities from publishers that double-escape; decode them too.
  return htmlToText(elementText(element).replace(/</g, "&lt;"));
}

function atomLink(entry: Element): string | null {
  const links = childElements(entry, "link").filter((link) => link.attribs.href);
  const alternate = links.find((link) => (link.attribs.rel ?? "alternate") === "alternate");
  return (alternate ?? links.find((link) => !link.attribs.rel) ?? null)?.attribs.href ?? null;
}

function readAtomEntry(entry: Element): FeedItem | null {
  const title = oneLine(atomText(childElement(entry, "title")));
  const text = atomText(childElement(entry, "content")) || atomText(childElement(entry, "summary"));
  const url = cleanLink(atomLink(entry));
  const id = childText(entry, "id");
  const key = id ?? url ?? (title ? `title:${title}` : null);
  if (!key || (!title && !text)) return null;
  const updated = parseFeedInstant(childText(entry, "updated"));
  const published = parseFeedInstant(childText(entry, "published") ?? childText(entry, "issued")) ?? updated;
  return {
    key,
    title,
    text,
    url,
    publishedAt: published?.toISOString() ?? null,
    updatedAt: updated?.toISOString() ?? null,
  };
}
