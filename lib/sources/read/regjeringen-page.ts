// One hearing page of regjeringen.no read into an entry. The page is the only place that
// says the deadline, the status and the case number; the RSS entry that led here does not.
// The page's id ("id3201234") is the key, so a page that moves to a new address is the same
// hearing. A deadline is never guessed: an empty label, or a layout without any of the
// labels, yields an entry with a reason for editors to look.
import type { Document, Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import type { SourceEntry } from "../entry";
import { SourceFormatError } from "./errors";
import { findElements, hasClass, nodesToText, oneLine, parseHtml } from "./html-text";
import { calendarDateOf } from "./instants";
import { cleanLink } from "./links";
import { deadlineFromSentences, firstFullDate, readLabels, readReference, saysCancelled } from "./regjeringen-labels";

const PAGE_ID = /\/id(\d{3,})(?:\/|$|\?|#)/gi;
const MAX_SOURCE_TEXT = 20_000;

/** "id3201234" from a regjeringen.no address (the last id in its path), or null. */
export function regjeringenPageId(url: string | null | undefined): string | null {
  if (!url) return null;
  const ids = [...url.split(/[?#]/)[0].concat("/").matchAll(PAGE_ID)];
  return ids.length > 0 ? `id${ids[ids.length - 1][1]}` : null;
}

function meta(doc: Document, name: string): string | null {
  const wanted = name.toLowerCase();
  const element = findElements(doc, (e) => e.name === "meta" && (e.attribs.name ?? e.attribs.property ?? "").toLowerCase() === wanted)[0];
  const content = element?.attribs.content?.trim();
  return content ? content : null;
}

function byClass(root: Document | Element, name: string): Element | null {
  return findElements(root, (e) => hasClass(e, name))[0] ?? null;
}

function byId(root: Document, id: string): Element | null {
  return findElements(root, (e) => e.attribs.id === id)[0] ?? null;
}

function readTitle(doc: Document): string {
  const h1 = findElements(doc, (e) => e.name === "h1")
    .map((e) => oneLine(nodesToText(e)))
    .find(Boolean);
  if (h1) return h1;
  const fromMeta = meta(doc, "og:title") ?? meta(doc, "DC.Title");
  if (fromMeta) return oneLine(fromMeta);
  const title = findElements(doc, (e) => e.name === "title")[0];
  return title ? oneLine(DomUtils.textContent(title)).replace(/\s+-\s+regjeringen\.no$/i, "") : "";
}

function readMinistry(doc: Document): string | null {
  const owner = byClass(doc, "owner") ?? byClass(doc, "content-owner-dep");
  const name = owner ? oneLine(nodesToText(owner)).replace(/^\|\s*/, "") : "";
  return name || meta(doc, "DC.Creator") || meta(doc, "author");
}

function readSentOn(doc: Document): string | null {
  const dateSpan = byClass(doc, "date");
  const fromPage = dateSpan ? firstFullDate(nodesToText(dateSpan)) : null;
  if (fromPage) return fromPage;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(meta(doc, "DC.Date") ?? "");
  return match ? calendarDateOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The names in the "Høringsinstanser" box: one per list item or paragraph. */
export function readConsultees(doc: Document): string[] {
  const box = byId(doc, "horingsinstanser") ?? byId(doc, "hoyringsinstansar");
  if (!box) return [];
  const items = findElements(box, (e) => e.name === "li");
  const blocks = items.length > 0 ? items : findElements(box, (e) => e.name === "p");
  const names = (blocks.length > 0 ? blocks.map((e) => oneLine(nodesToText(e))) : nodesToText(box).split("\n"))
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return [...new Set(names)];
}

function mainContent(doc: Document): Element | Document {
  return byClass(doc, "article-content") ?? findElements(doc, (e) => e.name === "main")[0] ?? doc;
}

function looksLikeHtml(html: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|h1|div|p|main|article)\b/i.test(html.slice(0, 200_000));
}

/** The entry one hearing page yields; `url` is the address it was fetched from. */
export function readRegjeringenPage(html: string, url: string): SourceEntry {
  if (!looksLikeHtml(html)) throw new SourceFormatError("regjeringen-page", "The document is not an HTML page.");
  const doc = parseHtml(html);
  const canonical = meta(doc, "og:url");
  const key = regjeringenPageId(url) ?? regjeringenPageId(canonical) ?? regjeringenPageId(meta(doc, "DC.Identifier.URL"));
  const title = readTitle(doc);
  const text = nodesToText(mainContent(doc));
  const lines = text.split("\n");
  const labels = readLabels(lines);
  const labelDeadline = labels.deadline ? firstFullDate(labels.deadline) : null;
  const deadline = labelDeadline ?? deadlineFromSentences(text);
  const ingress = byClass(doc, "article-ingress");
  const summary = (ingress ? oneLine(nodesToText(ingress)) : "") || meta(doc, "description") || meta(doc, "DC.Description");
  const consultees = readConsultees(doc);
  const isKnownLayout = labels.status !== undefined || labels.deadline !== undefined || deadline !== null;

  let reviewReason: string | null = null;
  if (!isKnownLayout) reviewReason = "Siden har et oppsett Fristvakt ikke kjenner igjen: fant verken «Høringsfrist:» eller «Status:».";
  else if (!deadline && labels.deadline === "") reviewReason = "Høringsfristen står tom på siden.";
  else if (!deadline && labels.deadline) reviewReason = `Høringsfristen «${labels.deadline}» er ikke en dato Fristvakt kan lese.`;
  else if (!deadline) reviewReason = "Fant ingen høringsfrist på siden.";
  if (!key) reviewReason = [reviewReason, "Adressen har ingen side-id (…/id1234567/)."].filter(Boolean).join(" ");
  if (!title) reviewReason = [reviewReason, "Siden har ingen tittel."].filter(Boolean).join(" ");

  return {
    key: key ?? cleanLink(url) ?? url,
    kind: "HEARING",
    title: title.replace(/^\s*(avlyst|trukket)\s*[:–-]\s*/i, ""),
    reference: readReference(labels.reference),
    issuerName: readMinistry(doc),
    sentOn: readSentOn(doc),
    deadline,
    startOn: null,
    endOn: null,
    startAt: null,
    endAt: null,
    location: null,
    isOnline: false,
    url: cleanLink(url) ?? cleanLink(canonical),
    summary: summary ? oneLine(summary) : null,
    cancelled: saysCancelled(labels.status, title, text),
    statusText: labels.status ? labels.status : null,
    sourceText: text.length > MAX_SOURCE_TEXT ? `${text.slice(0, MAX_SOURCE_TEXT)} …` : text,
    reviewReason,
    attribution: null,
    consultees,
  };
}
