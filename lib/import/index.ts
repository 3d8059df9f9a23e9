// The newsletter reader: pure, so the import page, the command line and tests share it.
export { extractItems } from "./extract";
export { findDateMentions, type DateMention, type PartialDate } from "./dates";
export { findTimeMentions, type TimeMention } from "./times";
export { findReferences } from "./references";
export { findIssuerMentions, issuerBySlug } from "./issuers";
export { findNewsletterPeriod } from "./period";
export { formatListing, toItemJson, type ItemJson } from "./output";
export type { Extraction, ExtractOptions, IssuerRef, NewsletterPeriod, ProposedItem, UndatedNote } from "./types";
