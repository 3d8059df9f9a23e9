// What one poll's entries do to the proposals and items. Each entry is one transaction:
//  - new: published at once when the source's mode allows it (publish; relevant and it
//    matches the relevance words or ministries) and nothing needs a person's judgement
//    (no review reason, dates the editor's form accepts); otherwise it waits in the inbox;
//  - already published: the item follows the source, except the fields an editor changed;
//  - waiting: its text is refreshed, and it is published when the mode now allows it;
//  - rejected: stays rejected.
// An entry that no longer appears in the feed is not in `entries`, so nothing happens to it.
import type { Db } from "../db/prisma";
import { ITEM_FIELD_MAX } from "../items/fields";
import type { Prisma } from "../db/generated/client";
import { resolveActorSlug } from "./actors";
import type { SourceEntry } from "./entry";
import { createItemFromValues, syncItem } from "./item-sync";
import { matchRelevance, type RelevanceTerms } from "./relevance";
import { isDated, itemProblems, valuesFromEntry, withRealDates } from "./source-values";

type Tx = Prisma.TransactionClient;
export type SourceMode = "publish" | "review" | "relevant";

export interface PolledEntry {
  entry: SourceEntry;
  /** A hash of what the feed said about the entry (see read-source.ts). */
  fingerprint: string;
}

export interface ApplySummary {
  published: number;
  proposed: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  /** Items a poll left as an editor made them, in the fields they changed. */
  keptByEditor: number;
  /** Entries of published items that yielded no date this time; the items were left as they were. */
  undated: string[];
  /** Entries that could not be written, with the reason; the rest of the poll went on. */
  failed: string[];
}

export function emptySummary(): ApplySummary {
  return { published: 0, proposed: 0, updated: 0, cancelled: 0, unchanged: 0, keptByEditor: 0, undated: [], failed: [] };
}

/** Keys sorted, so that two reads of the same entry compare equal whatever jsonb did to the order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function mayPublish(mode: SourceMode, entry: SourceEntry, isRelevant: boolean): boolean {
  // Values the editor's form would refuse (a deadline before the day it was sent) wait for an editor.
  if (entry.reviewReason || itemProblems(valuesFromEntry(entry, "")).length > 0) return false;
  return mode === "publish" || (mode === "relevant" && isRelevant);
}

interface SourceRef {
  id: string;
  name: string;
  mode: SourceMode;
}

async function publish(tx: Tx, source: SourceRef, entry: SourceEntry, now: Date): Promise<string> {
  const actorSlug = await resolveActorSlug(tx, entry.issuerName ?? source.name, now);
  return createItemFromValues(tx, source.id, entry, valuesFromEntry(entry, actorSlug), now, { userId: null });
}

async function applyOne(
  tx: Tx,
  source: SourceRef,
  polled: PolledEntry,
  terms: RelevanceTerms,
  now: Date,
  summary: ApplySummary,
): Promise<void> {
  const { fingerprint } = polled;
  const entry = withRealDates(polled.entry);
  const matchedTerms = matchRelevance(entry, terms);
  const isRelevant = matchedTerms.length > 0;
  const fields = {
    fingerprint,
    entry: entry as unknown as Prisma.InputJsonValue,
    title: entry.title.slice(0, ITEM_FIELD_MAX.title),
    sourceText: entry.sourceText,
    reviewReason: entry.reviewReason,
    isRelevant,
    matchedTerms,
    lastSeenAt: now,
    readAt: now,
  };
  const existing = await tx.sourceProposal.findUnique({ where: { polledSourceId_key: { polledSourceId: source.id, key: entry.key } } });
  if (!existing) {
    const itemId = mayPublish(source.mode, entry, isRelevant) ? await publish(tx, source, entry, now) : null;
    await tx.sourceProposal.create({
      data: {
        ...fields,
        polledSourceId: source.id,
        key: entry.key,
        state: itemId ? "accepted" : "pending",
        itemId,
        decidedAt: itemId ? now : null,
        firstSeenAt: now,
        updatedAt: now,
      },
    });
    if (itemId) summary.published += 1;
    else summary.proposed += 1;
    return;
  }
  const isSameEntry = stableJson(existing.entry) === stableJson(entry);
  if (isSameEntry && existing.fingerprint === fingerprint) {
    await tx.sourceProposal.update({ where: { id: existing.id }, data: { lastSeenAt: now, readAt: now } });
    summary.unchanged += 1;
    return;
  }
  if (existing.state === "rejected") {
    await tx.sourceProposal.update({ where: { id: existing.id }, data: { ...fields, updatedAt: isSameEntry ? existing.updatedAt : now } });
    summary.unchanged += 1;
    return;
  }
  if (existing.state === "pending") {
    const itemId = mayPublish(source.mode, entry, isRelevant) ? await publish(tx, source, entry, now) : null;
    await tx.sourceProposal.update({
      where: { id: existing.id },
      data: { ...fields, updatedAt: now, ...(itemId ? { state: "accepted", itemId, decidedAt: now } : {}) },
    });
    if (itemId) summary.published += 1;
    else summary.unchanged += 1;
    return;
  }
  await tx.sourceProposal.update({ where: { id: existing.id }, data: { ...fields, updatedAt: now } });
  if (!existing.itemId) return;
  if (!isDated(entry)) {
    // A page that suddenly yields no deadline (its layout changed) never empties an item.
    summary.undated.push(entry.title);
    return;
  }
  const actorSlug = await resolveActorSlug(tx, entry.issuerName ?? source.name, now);
  const result = await syncItem(tx, existing.itemId, entry, valuesFromEntry(entry, actorSlug), now);
  if (result.keptByEditor.length > 0) summary.keptByEditor += 1;
  if (result.kind === "updated" || result.kind === "restored") summary.updated += 1;
  else if (result.kind === "cancelled") summary.cancelled += 1;
  else summary.unchanged += 1;
}

export async function loadRelevanceTerms(db: Db | Tx): Promise<RelevanceTerms> {
  const rows = await db.relevanceTerm.findMany({ select: { kind: true, term: true }, orderBy: { term: "asc" } });
  return {
    words: rows.filter((r) => r.kind === "word").map((r) => r.term),
    ministries: rows.filter((r) => r.kind === "ministry").map((r) => r.term),
  };
}

export async function applyEntries(db: Db, source: SourceRef, entries: PolledEntry[], now: Date): Promise<ApplySummary> {
  const terms = await loadRelevanceTerms(db);
  const summary = emptySummary();
  for (const polled of entries) {
    try {
      await db.$transaction((tx) => applyOne(tx, source, polled, terms, now, summary));
    } catch (error) {
      // One entry that cannot be written (its item edited into a shape the source's values
      // do not fit) must not hold back the others; it is tried again on the next poll.
      summary.failed.push(`"${polled.entry.title}" could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return summary;
}
