// Sources and proposals as /sources, the inbox and `npm run sources -- list` show them.
// Runs under the command line as well as in the app, so it carries no "server-only" marker.
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import type { SourceEntry, SourceType } from "./entry";
import type { SourceMode } from "./apply-entries";

/** A source that has yielded nothing new for this long is flagged on /sources and in the digest. */
export const QUIET_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface SourceSummary {
  id: string;
  type: SourceType;
  url: string;
  name: string;
  mode: SourceMode;
  pollIntervalMinutes: number;
  isEnabled: boolean;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  /** Published items that came from it. */
  itemCount: number;
  /** Proposals waiting for an editor. */
  pendingCount: number;
  /** Nothing new or changed for a week (and the source is older than that). */
  isQuiet: boolean;
}

export function isQuietSource(source: { createdAt: Date; lastYieldAt: Date | null; isEnabled: boolean }, now: Date): boolean {
  if (!source.isEnabled) return false;
  const since = source.lastYieldAt ?? source.createdAt;
  return now.getTime() - since.getTime() > QUIET_AFTER_MS;
}

export async function listSources(db: Db, now: Date): Promise<SourceSummary[]> {
  const [sources, items, pending] = await Promise.all([
    db.polledSource.findMany({ orderBy: [{ createdAt: "asc" }, { name: "asc" }] }),
    db.item.groupBy({ by: ["polledSourceId"], where: { polledSourceId: { not: null } }, _count: { _all: true } }),
    db.sourceProposal.groupBy({ by: ["polledSourceId"], where: { state: "pending" }, _count: { _all: true } }),
  ]);
  const itemCounts = new Map(items.map((row) => [row.polledSourceId, row._count._all]));
  const pendingCounts = new Map(pending.map((row) => [row.polledSourceId, row._count._all]));
  return sources.map((source) => ({
    id: source.id,
    type: source.type,
    url: source.url,
    name: source.name,
    mode: source.mode,
    pollIntervalMinutes: source.pollIntervalMinutes,
    isEnabled: source.isEnabled,
    lastPolledAt: source.lastPolledAt,
    lastSuccessAt: source.lastSuccessAt,
    lastError: source.lastError,
    itemCount: itemCounts.get(source.id) ?? 0,
    pendingCount: pendingCounts.get(source.id) ?? 0,
    isQuiet: isQuietSource(source, now),
  }));
}

/** The JSON `npm run sources -- list --json` prints for each source. */
export function sourceJson(source: SourceSummary) {
  return {
    id: source.id,
    type: source.type,
    url: source.url,
    name: source.name,
    mode: source.mode,
    pollIntervalMinutes: source.pollIntervalMinutes,
    isEnabled: source.isEnabled,
    lastPolledAt: source.lastPolledAt?.toISOString() ?? null,
    lastSuccessAt: source.lastSuccessAt?.toISOString() ?? null,
    lastError: source.lastError,
    itemCount: source.itemCount,
    pendingCount: source.pendingCount,
    isQuiet: source.isQuiet,
  };
}

export interface InboxProposal {
  id: string;
  sourceName: string;
  entry: SourceEntry;
  isRelevant: boolean;
  matchedTerms: string[];
  reviewReason: string | null;
  firstSeenAt: Date;
}

export interface Inbox {
  proposals: InboxProposal[];
  relevantCount: number;
  otherCount: number;
}

/** Waiting proposals, relevant first, newest first; the others only when asked for. */
export async function listInbox(db: Db, options: { isAllShown: boolean; limit?: number }): Promise<Inbox> {
  const where = { state: "pending" as const, ...(options.isAllShown ? {} : { isRelevant: true }) };
  const [rows, relevantCount, otherCount] = await Promise.all([
    db.sourceProposal.findMany({
      where,
      orderBy: [{ isRelevant: "desc" }, { firstSeenAt: "desc" }, { key: "asc" }],
      take: options.limit ?? 100,
      include: { polledSource: { select: { name: true } } },
    }),
    db.sourceProposal.count({ where: { state: "pending", isRelevant: true } }),
    db.sourceProposal.count({ where: { state: "pending", isRelevant: false } }),
  ]);
  return {
    proposals: rows.map((row) => ({
      id: row.id,
      sourceName: row.polledSource.name,
      entry: row.entry as unknown as SourceEntry,
      isRelevant: row.isRelevant,
      matchedTerms: row.matchedTerms,
      reviewReason: row.reviewReason,
      firstSeenAt: row.firstSeenAt,
    })),
    relevantCount,
    otherCount,
  };
}

export async function listRelevanceTerms(db: Db) {
  return db.relevanceTerm.findMany({ orderBy: [{ kind: "asc" }, { term: "asc" }], select: { id: true, kind: true, term: true } });
}

/** The sources page and the inbox: editors and admins only (others get FORBIDDEN). */
export async function listSourcesForEditor(db: Db, viewer: Viewer, now: Date): Promise<SourceSummary[]> {
  requireItemEditor(viewer);
  return listSources(db, now);
}

export async function listInboxForEditor(db: Db, viewer: Viewer, options: { isAllShown: boolean }): Promise<Inbox> {
  requireItemEditor(viewer);
  return listInbox(db, options);
}

export async function listRelevanceTermsForEditor(db: Db, viewer: Viewer) {
  requireItemEditor(viewer);
  return listRelevanceTerms(db);
}
