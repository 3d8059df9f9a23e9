// Fetches a source's document (and, for regjeringen.no, the pages of its new or changed
// entries) and reads it into entries. Decides nothing about items: see apply-entries.ts.
import { extractTextsOffThread } from "../import/extract-off-thread";
import { osloToday } from "../deadlines/calendar";
import type { FeedItem, SourceEntry, SourceType } from "./entry";
import type { PolledEntry } from "./apply-entries";
import { hashContent, type FetchOutcome, type PoliteFetcher } from "./polite-fetch";
import { readCalendarEntries, readFeedItems, readRegjeringenPage, readStortingetHearings, regjeringenPageId } from "./read";
import { stortingetUrlFor } from "./stortinget-session";

export interface KnownEntry {
  key: string;
  fingerprint: string;
  state: "pending" | "accepted" | "rejected";
  readAt: Date;
  /** The deadline (or first day) the entry had when last read. */
  dueOn: string | null;
}

export interface SourceToRead {
  type: SourceType;
  url: string;
  name: string;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

export type ReadOutcome =
  | { kind: "unchanged" }
  | {
      kind: "read";
      entries: PolledEntry[];
      validators: { etag: string | null; lastModified: string | null; contentHash: string | null };
      /** Pages that could not be fetched or read; the rest of the poll goes on. */
      problems: string[];
      /** Set when a page request was refused (403/429/5xx): the poll stopped asking that host. */
      refused: { status: number; retryAfterMs: number | null } | null;
    }
  | { kind: "refused"; status: number; retryAfterMs: number | null }
  | { kind: "failed"; message: string };

/** How often an open hearing's page is read again even when the feed says nothing new. */
const PAGE_REFRESH_MS = 20 * 60 * 60 * 1000;

function fingerprintOf(value: unknown): string {
  return hashContent(JSON.stringify(value));
}

/** regjeringen.no's page id ("id3201234"), the key of a hearing whatever its link's form. */
export function regjeringenKey(item: FeedItem): string {
  return regjeringenPageId(item.url) ?? regjeringenPageId(item.key) ?? item.key;
}

function needsPageRead(known: KnownEntry | undefined, fingerprint: string, now: Date): boolean {
  if (!known) return true;
  if (known.state === "rejected") return false;
  if (known.fingerprint !== fingerprint) return true;
  const isOpen = known.dueOn === null || known.dueOn >= osloToday(now);
  return isOpen && now.getTime() - known.readAt.getTime() >= PAGE_REFRESH_MS;
}

async function readRegjeringen(fetcher: PoliteFetcher, body: string, known: Map<string, KnownEntry>, now: Date) {
  const entries: PolledEntry[] = [];
  const problems: string[] = [];
  let refused: { status: number; retryAfterMs: number | null } | null = null;
  for (const item of readFeedItems(body)) {
    const key = regjeringenKey(item);
    const fingerprint = fingerprintOf({
      title: item.title,
      url: item.url,
      publishedAt: item.publishedAt,
      updatedAt: item.updatedAt,
      text: item.text,
    });
    if (!needsPageRead(known.get(key), fingerprint, now)) continue;
    if (!item.url) {
      problems.push(`"${item.title}" has no link.`);
      continue;
    }
    const page: FetchOutcome = await fetcher.fetch(item.url);
    if (page.kind === "refused") {
      refused = { status: page.status, retryAfterMs: page.retryAfterMs };
      break;
    }
    if (page.kind === "failed") {
      problems.push(page.message);
      continue;
    }
    if (page.kind !== "ok") continue;
    try {
      const entry = readRegjeringenPage(page.body, item.url);
      entries.push({ entry: { ...entry, key, issuerName: entry.issuerName ?? null }, fingerprint });
    } catch (error) {
      problems.push(`The page of "${item.title}" could not be read: ${(error as Error).message}`);
    }
  }
  return { entries, problems, refused };
}

/**
 * A partner's news: each entry's title and text go through the newsletter extractor, in a
 * worker thread with the import's time limit, so that a feed of long texts neither holds the
 * app's requests while it is read nor reads for ever.
 */
async function readNews(body: string, now: Date): Promise<PolledEntry[]> {
  const feedItems = readFeedItems(body);
  if (feedItems.length === 0) return [];
  const extractions = await extractTextsOffThread(
    feedItems.map((item) => ({
      text: `${item.title}\n\n${item.text}`,
      // The day it was published in Oslo: the extractor infers the years the text leaves out from it.
      options: { asOf: item.publishedAt ? osloToday(new Date(item.publishedAt)) : undefined, today: osloToday(now) },
    })),
  );
  const entries: PolledEntry[] = [];
  for (const [index, item] of feedItems.entries()) {
    const fingerprint = fingerprintOf(item);
    for (const proposed of extractions[index].items) {
      const entry: SourceEntry = {
        key: `${item.key}#${proposed.key}`,
        kind: proposed.kind,
        title: proposed.title,
        reference: proposed.reference,
        issuerName: proposed.issuer?.name ?? null,
        sentOn: proposed.sentOn,
        deadline: proposed.deadline,
        startOn: proposed.startOn,
        endOn: proposed.endOn,
        startAt: null,
        endAt: null,
        location: proposed.location,
        isOnline: proposed.isOnline,
        url: proposed.url ?? item.url,
        summary: null,
        cancelled: false,
        statusText: null,
        sourceText: [item.title, item.text].join("\n\n"),
        reviewReason: proposed.warnings.length > 0 ? proposed.warnings.join(" ") : null,
        attribution: null,
      };
      entries.push({ entry, fingerprint });
    }
  }
  return entries;
}

/** The address polled for a source: Stortinget's export gets the current session. */
export function pollAddress(source: Pick<SourceToRead, "type" | "url">, now: Date): string {
  return source.type === "stortinget" ? stortingetUrlFor(source.url, now) : source.url;
}

export async function readSource(
  fetcher: PoliteFetcher,
  source: SourceToRead,
  known: Map<string, KnownEntry>,
  now: Date,
): Promise<ReadOutcome> {
  const address = pollAddress(source, now);
  const validators = { etag: source.etag, lastModified: source.lastModified };
  const document = await fetcher.fetch(address, validators, source.contentHash);
  if (document.kind === "not-modified") return { kind: "unchanged" };
  if (document.kind !== "ok") return document;
  const fresh = { etag: document.etag, lastModified: document.lastModified, contentHash: document.contentHash };
  try {
    if (source.type === "regjeringen") {
      const read = await readRegjeringen(fetcher, document.body, known, now);
      // Validators are kept only when every page was read, so that a page missed this time is asked for again.
      const isComplete = read.problems.length === 0 && !read.refused;
      return { kind: "read", ...read, validators: isComplete ? fresh : { etag: null, lastModified: null, contentHash: null } };
    }
    const entries =
      source.type === "stortinget"
        ? readStortingetHearings(document.body).map((entry) => ({ entry, fingerprint: fingerprintOf(entry) }))
        : source.type === "ics"
          ? readCalendarEntries(document.body).map((entry) => ({ entry, fingerprint: fingerprintOf(entry) }))
          : await readNews(document.body, now);
    return { kind: "read", entries, validators: fresh, problems: [], refused: null };
  } catch (error) {
    return { kind: "failed", message: `${source.name} could not be read: ${(error as Error).message}` };
  }
}
