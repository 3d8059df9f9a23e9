// Reads a newsletter or announcement and proposes the items in it. Pure: text in, items out.
import { findDeadlines } from "./detect-deadlines";
import { findCommitteeHearings } from "./detect-committee-hearings";
import { findEventPages } from "./detect-event-pages";
import { nameRegistrations } from "./registration-titles";
import { findEvents } from "./detect-events";
import { findHearings } from "./detect-hearings";
import { findInputs } from "./detect-inputs";
import { findLabelledItems, withLabelledFacts } from "./detect-labelled";
import { buildDocument, type DocSentence } from "./document";
import type { Draft, ExtractContext } from "./draft";
import { mergeDuplicates } from "./dedupe";
import { chooseUrl } from "./links";
import { normaliseNewsletter } from "./normalise";
import { findUndatedNotes } from "./notes";
import { findNewsletterPeriod, findPublicationDate } from "./period";
import { slugify } from "../../model/slug";
import type { ExtractOptions, Extraction, ProposedItem, YearSource } from "./types";
import { confidenceOf } from "./confidence";
import { withUnknownOrganisers } from "./unknown-organiser";
import { earliestWrittenDate, laterEventEnd } from "./written-years";
import { periodEnd, windowAround, windowBefore, windowFromDate, windowFromPeriod } from "./year";

function itemKey(draft: Draft): string {
  const date = draft.deadline ?? draft.startOn ?? "";
  return `${draft.kind.toLowerCase().replace("_", "-")}-${date}-${slugify(draft.reference ?? draft.title, 48)}`;
}

/** A page's prose repeating the deadline its labelled lines gave ("Høringsfristen er 15. juni") adds no item. */
function isToldAgain(draft: Draft, labelled: Draft[]): boolean {
  const section = draft.sentences[0]?.paragraph.section;
  return labelled.some(
    (l) => l.kind === draft.kind && l.deadline !== null && l.deadline === draft.deadline && l.sentences[0].paragraph.section === section,
  );
}

function toProposedItem(draft: Draft, ctx: ExtractContext): ProposedItem {
  const text = [draft.title, ...draft.sentences.map((s) => s.text)].join(" ");
  return {
    key: itemKey(draft),
    kind: draft.kind,
    title: draft.title,
    reference: draft.reference,
    issuer: draft.issuer,
    sentOn: draft.sentOn,
    deadline: draft.deadline,
    startOn: draft.startOn,
    endOn: draft.endOn,
    startTime: draft.startTime,
    endTime: draft.endTime,
    location: draft.location,
    isOnline: draft.isOnline,
    url: chooseUrl(text, draft.sentences, ctx.doc),
    sources: [...new Set(draft.sentences.map((s) => s.text))],
    warnings: draft.warnings,
    confidence: confidenceOf(draft, ctx),
  };
}

function withUniqueKeys(items: ProposedItem[]): ProposedItem[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.key) ?? 0) + 1;
    seen.set(item.key, count);
    return count === 1 ? item : { ...item, key: `${item.key}-${count}` };
  });
}

/**
 * The items a text proposes, in reading order, and the times it names without a day.
 * Years the text leaves out come from `asOf`, else the newsletter's own period or date, else
 * `today` (the current UTC day when not given).
 */
export function extractItems(text: string, options: ExtractOptions = {}): Extraction {
  const period = findNewsletterPeriod(text);
  const published = findPublicationDate(text);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const doc = buildDocument(normaliseNewsletter(text));
  // Without a publication date or a period, the years the text writes out ("frist 2. juni
  // 2009") place the dates it leaves them off before today does.
  const written = options.asOf || period || published ? null : earliestWrittenDate(doc);
  // Else a later event it names with a year ("legges fram høsten 2025") places them before it.
  const later = options.asOf || period || published || written ? null : laterEventEnd(doc);
  const yearSource: YearSource = options.asOf
    ? "as-of"
    : period
      ? "period"
      : published
        ? "published"
        : written
          ? "text"
          : later
            ? "later"
            : "today";
  const window = options.asOf
    ? windowFromDate(options.asOf)
    : period
      ? windowFromPeriod(period)
      : written
        ? windowAround(written)
        : later
          ? windowBefore(later.end)
          : windowFromDate(published ?? today);
  const latest = options.asOf ?? (period ? periodEnd(period) : (published ?? (written ? null : today)));
  const yearWords =
    { "as-of": options.asOf, period: period?.label, published, text: written, later: later?.words, today }[yearSource as string] ?? today;
  const ctx: ExtractContext = { window, latest, doc, yearSource, yearWords, today, isPeriodReport: period !== null };

  // Labelled lines ("Høringsfrist: …") say outright what they are and are read first; a
  // committee hearing's deadline sentence next: it is no input or registration of its own.
  const labelled = findLabelledItems(doc, ctx);
  const claimed = new Set<DocSentence>(labelled.flatMap((d) => d.sentences));
  const unclaimed = (d: Draft) => !d.sentences.some((s) => claimed.has(s)) && !isToldAgain(d, labelled);
  const committee = findCommitteeHearings(doc, ctx).filter(unclaimed);
  for (const d of committee) for (const s of d.sentences) claimed.add(s);
  // A hearing's deadline ("… har på høring et forslag. Innspill sendes innen …") is no
  // invitation to give input of its own.
  const hearings = findHearings(doc, ctx).filter(unclaimed);
  const hearingSentences = new Set<DocSentence>(hearings.flatMap((d) => d.sentences));
  const inputs = findInputs(doc, ctx).filter((d) => unclaimed(d) && !d.sentences.some((s) => hearingSentences.has(s)));
  const firstDrafts = [...labelled, ...committee, ...hearings, ...inputs, ...findEvents(doc, ctx).filter(unclaimed)];
  const read = new Set<DocSentence>(firstDrafts.flatMap((d) => d.sentences));
  const pages = findEventPages(doc, ctx, read);
  const used = new Set<DocSentence>([...read, ...pages.flatMap((d) => d.sentences)]);
  const drafts = withUnknownOrganisers(
    withLabelledFacts(nameRegistrations([...firstDrafts, ...pages, ...findDeadlines(doc, ctx, used).filter(unclaimed)]), doc),
  );
  drafts.sort((a, b) => a.sentences[0].order - b.sentences[0].order);
  const items = withUniqueKeys(mergeDuplicates(drafts).map((d) => toProposedItem(d, ctx)));
  const notes = findUndatedNotes(doc, window, new Set(drafts.flatMap((d) => d.sentences)));
  return { items, notes, period };
}
