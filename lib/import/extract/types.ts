// What the newsletter reader proposes: plain data, no Prisma, so pages, the command line
// and tests can all use it.
import type { ItemFields } from "../../items/fields";
import type { CalendarDate } from "../../model/item";

export type IssuerType = "MINISTRY" | "DIRECTORATE" | "RESEARCH" | "NGO" | "INTERNATIONAL" | "OTHER";

/** A body that issues or organises items, as the importer recognises it. */
export interface IssuerRef {
  slug: string;
  shortName: string;
  name: string;
  type: IssuerType;
}

/** An item as the reader proposes it: the item's own fields (lib/items/fields.ts) but a summary. */
export interface ProposedItem extends Omit<ItemFields, "summary"> {
  /** Stable for the same text: saving uses it to recognise an item imported before. */
  key: string;
  issuer: IssuerRef | null;
  /** The sentence(s) of the text the item was read from. */
  sources: string[];
  /** Things an editor should check, e.g. the same event given two different dates. */
  warnings: string[];
  /** How sure the reader is of the item, and why: shown beside it so doubtful ones are checked first. */
  confidence: Confidence;
}

/**
 * Where a year came from. "today" means nothing in the text settled it: the year is a guess
 * from the day of the import, and the proposal says so.
 */
export type YearSource = "written" | "weekday" | "list" | "as-of" | "period" | "published" | "text" | "later" | "today";

/** One reason behind a proposal's confidence; pages put it in words (nb/en). */
export type ConfidenceReason =
  | { code: "date"; words: string }
  | { code: "year"; source: YearSource; words: string }
  | { code: "soft"; words: string }
  | { code: "warning" };

export interface Confidence {
  level: "high" | "medium" | "low";
  /** False when the text gives no year and nothing in it settles one. */
  yearSettled: boolean;
  reasons: ConfidenceReason[];
}

/** A time the text names without a day ("våren 2025", "før sommeren"): shown, never dated. */
export interface UndatedNote {
  phrase: string;
  sentence: string;
}

export interface NewsletterPeriod {
  fromMonth: number;
  toMonth: number;
  year: number;
  label: string;
}

export interface ExtractOptions {
  /** The day the text was published; overrides the newsletter's own period for years. */
  asOf?: CalendarDate;
  /** Today in Oslo; used for years only when the text states no period. */
  today?: CalendarDate;
}

export interface Extraction {
  items: ProposedItem[];
  notes: UndatedNote[];
  period: NewsletterPeriod | null;
}
