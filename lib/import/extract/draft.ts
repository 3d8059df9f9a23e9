// What every detector hands over: an item before its address, key and duplicates are
// settled, with the dates already complete.
import type { ItemFields } from "../../items/fields";
import type { CalendarDate, ItemKind } from "../../model/item";
import { findDateMentions, type DateMention } from "./dates";
import type { DocSentence, NewsletterDocument } from "./document";
import { datesToTrack } from "./not-dates";
import type { IssuerRef, YearSource } from "./types";
import { completeDate, type DateRules, type YearWindow } from "./year";

export interface ExtractContext {
  window: YearWindow;
  /** What the window was read from: it settles the years the text leaves out, unless it is "today". */
  yearSource: YearSource;
  /** What gave the window: the publication date, the period, the later event, today. */
  yearWords: string;
  today: CalendarDate;
  /** The text reports on a period of its own (a quarterly newsletter): past meetings are its news. */
  isPeriodReport: boolean;
  /** Nothing in the text was sent later than this day (publication or end of the period). */
  latest: CalendarDate | null;
  doc: NewsletterDocument;
}

/** The item's own fields (lib/items/fields.ts) but a summary and a link, and how it was read. */
export interface Draft extends Omit<ItemFields, "summary" | "url"> {
  issuer: IssuerRef | null;
  /** Where it was read; the first holds its date. */
  sentences: DocSentence[];
  /** A quoted name, for recognising the same event mentioned twice. */
  quote: string | null;
  warnings: string[];
  /** "gjerne innen 20. august": the words that make a deadline a wish rather than a rule. */
  softWords?: string | null;
  /** A registration deadline: titled after the event it is for. */
  isRegistration?: boolean;
  /** The title before the place the item carries was taken out of it ("Fagdag om X i Bergen"). */
  titleWithPlace?: string;
  /** The title is the first words of a sentence, for want of anything naming the item. */
  titleIsGuess?: boolean;
  /** Read from labelled lines (detect-labelled.ts): which of its facts a label gave. */
  labelled?: { title: boolean; deadline: boolean; issuer: boolean };
}

export function emptyDraft(kind: ItemKind, sentences: DocSentence[]): Draft {
  return {
    kind,
    title: "",
    reference: null,
    issuer: null,
    sentOn: null,
    deadline: null,
    startOn: null,
    endOn: null,
    startTime: null,
    endTime: null,
    location: null,
    isOnline: false,
    sentences,
    quote: null,
    warnings: [],
  };
}

const trackedCache = new WeakMap<DocSentence, DateMention[]>();

/** The dates of a sentence that can date an item: no law, decision, publication or case dates. */
export function trackedDates(sentence: DocSentence): DateMention[] {
  let found = trackedCache.get(sentence);
  if (!found) {
    found = datesToTrack(sentence.text, findDateMentions(sentence.text));
    trackedCache.set(sentence, found);
  }
  return found;
}

/** The first and last day of a date mention, years filled in. */
export function completeMention(
  mention: DateMention,
  sentence: DocSentence,
  ctx: ExtractContext,
  rules: DateRules = {},
): { from: CalendarDate; to: CalendarDate } | null {
  const base = { hintYear: sentence.paragraph.yearHint, weekday: mention.weekday, isEndOfMonth: mention.isEndOfMonth };
  const from = completeDate(mention.from, ctx.window, { ...base, ...rules });
  if (!from) return null;
  if (!mention.to) return { from, to: from };
  const to = completeDate(mention.to, ctx.window, { hintYear: base.hintYear, notBefore: from });
  return to ? { from, to } : null;
}
