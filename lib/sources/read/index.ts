// The source readers: pure functions from one fetched document to plain data. The poller
// fetches, the readers read, and lib/sources decides what an entry does to the items.
export { readFeedItems } from "./feed";
export { readRegjeringenPage, regjeringenPageId } from "./regjeringen-page";
export { readStortingetHearings } from "./stortinget";
export { readCalendarEntries } from "./calendar";
export { decodeBody } from "./decode-body";
