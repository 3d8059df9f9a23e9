// The newsletter reader: text in, proposed items out, with Norwegian dates, sections and
// confidence. Pure (no database, no session, no files), so the import page, the command line,
// the sources' poller, the worker thread and tests share it. Everything outside this folder
// imports it through this file.
export { extractItems } from "./extract";
export { findDateMentions } from "./dates";
export { findPublicationDate } from "./period";
export type { Extraction, ExtractOptions, IssuerRef, NewsletterPeriod, ProposedItem, UndatedNote, YearSource } from "./types";
