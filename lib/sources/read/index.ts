// The source readers: pure functions from one fetched document to plain data. The poller
// fetches, the readers read, and lib/sources decides what an entry does to the items.
export { readFeedItems } from "./feed";
export { readRegjeringenPage, regjeringenPageId } from "./regjeringen-page";
export { readStortingetHearings, STORTINGET_ATTRIBUTION } from "./stortinget";
export { readCalendarEntries } from "./calendar";
export { SourceFormatError, isSourceFormatError, type SourceFormat } from "./errors";
export { stripTrackingParameters, cleanLink } from "./links";
export { decodeHtmlEntities, htmlToText } from "./html-text";
export { decodeBody } from "./decode-body";
