// Matching what the extractor proposes against a text's truth. An item is found when a
// proposal has its kind and every date the truth gives (sent date, deadline, first and last
// day); a proposal that is neither a truth item nor an optional one is a false item.
import type { ProposedItem } from "../../import/extract";

export interface TruthItem {
  kind: ProposedItem["kind"];
  title: string;
  issuer: string | null;
  sentOn: string | null;
  deadline: string | null;
  startOn: string | null;
  endOn: string | null;
  /** "gjerne innen": a deadline the text asks for but does not insist on. */
  soft: boolean;
  /** Nothing in the text settles the year: the proposal must say so. */
  yearOpen: boolean;
}

export interface Truth {
  publisher: string;
  /** The day the text is imported, standing in for a publication date the text may not give. */
  today: string;
  asOf: string | null;
  items: TruthItem[];
  /** Items a careful reader may or may not propose (a committee hearing's own day): neither found nor false. */
  optional: TruthItem[];
  /** Times without a day ("våren 2026") that must never become a date. */
  vague: string[];
}

export interface MatchResult {
  found: { truth: TruthItem; item: ProposedItem }[];
  missed: { truth: TruthItem; nearest: ProposedItem | null }[];
  falseItems: ProposedItem[];
  optional: ProposedItem[];
  vagueMadeConcrete: ProposedItem[];
  yearOpen: number;
  yearOpenFlagged: number;
  soft: number;
  softMarked: number;
}

function hasDates(truth: TruthItem, item: ProposedItem): boolean {
  if (truth.kind !== item.kind) return false;
  if (truth.kind === "SEMINAR") return truth.startOn === item.startOn && truth.endOn === item.endOn;
  if (truth.sentOn !== null && truth.sentOn !== item.sentOn) return false;
  return truth.deadline === item.deadline;
}

function sharesADate(truth: TruthItem, item: ProposedItem): boolean {
  const days = (x: { sentOn: string | null; deadline: string | null; startOn: string | null; endOn: string | null }) =>
    [x.sentOn, x.deadline, x.startOn, x.endOn].filter((d): d is string => d !== null);
  return days(truth).some((d) => days(item).includes(d));
}

export function matchTruth(truth: Truth, items: ProposedItem[]): MatchResult {
  const left = new Set(items);
  const found: MatchResult["found"] = [];
  const missed: MatchResult["missed"] = [];
  for (const t of truth.items) {
    const item = [...left].find((i) => hasDates(t, i));
    if (item) {
      left.delete(item);
      found.push({ truth: t, item });
    } else {
      missed.push({
        truth: t,
        nearest: items.find((i) => i.kind === t.kind && sharesADate(t, i)) ?? items.find((i) => sharesADate(t, i)) ?? null,
      });
    }
  }
  const optional = [...left].filter((i) => truth.optional.some((t) => hasDates(t, i) || (t.kind === i.kind && sharesADate(t, i))));
  const falseItems = [...left].filter((i) => !optional.includes(i));
  const vagueMadeConcrete = falseItems.filter((i) => truth.vague.some((phrase) => i.sources.some((s) => s.includes(phrase))));
  const open = found.filter((f) => f.truth.yearOpen);
  return {
    found,
    missed,
    falseItems,
    optional,
    vagueMadeConcrete,
    yearOpen: truth.items.filter((t) => t.yearOpen).length,
    yearOpenFlagged: open.filter((f) => f.item.confidence?.yearSettled === false).length,
    soft: truth.items.filter((t) => t.soft).length,
    softMarked: found.filter((f) => f.truth.soft && f.item.confidence.reasons.some((r) => r.code === "soft")).length,
  };
}
