// Saving what the importer proposed. The file becomes a Source; each item is saved unless it
// is already there: imported before from the same file (same key), or the same item under
// another name (same reference, same title and date, or same kind, issuer and dates).
// Missing issuers are created from what the importer knows of them. All or nothing: one
// transaction, so a failure saves nothing.
import type { Db } from "../db/prisma";
import { AppError } from "../errors";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { actorRecord, ITEM_EDIT_INCLUDE, itemRecord } from "../items/records";
import { fromCalendarDate, fromCalendarDateOrNull } from "../model/calendar-date";
import { itemColumns, keepKindFields } from "../items/fields";
import { deriveSortDates } from "../items/derived-dates";
import type { CalendarDate } from "../model/item";
import type { IssuerRef, ProposedItem } from "./extract";

export interface ImportSource {
  slug: string;
  title: string;
  periodLabel: string | null;
  publishedOn: CalendarDate | null;
}

export type SkipReason = "same source key" | "same reference" | "same title and date" | "same issuer and dates";

export interface SaveResult {
  /** The items created, as saved: for links to them. */
  saved: { id: string; title: string }[];
  created: ProposedItem[];
  skipped: { item: ProposedItem; reason: SkipReason }[];
  createdActors: string[];
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Who saves, for the audit rows of what is created; without it nothing is recorded (the command line). */
export interface SaveAudit {
  actorUserId: string;
  at: Date;
}

/** Items the text names no issuer for are kept under this actor until an editor fixes them. */
export const UNKNOWN_ISSUER: IssuerRef = { slug: "ukjent-avsender", shortName: "Ukjent", name: "Ukjent avsender", type: "OTHER" };

/** `sourceId` is null when the file was never imported, so no item can carry its keys. */
async function findDuplicate(tx: Pick<Tx, "item">, sourceId: string | null, item: ProposedItem): Promise<SkipReason | null> {
  const { dueOn, lastOn } = deriveSortDates({ kind: item.kind, deadline: item.deadline, startOn: item.startOn, endOn: item.endOn });
  if (sourceId && (await tx.item.findUnique({ where: { sourceId_sourceKey: { sourceId, sourceKey: item.key } }, select: { id: true } }))) {
    return "same source key";
  }
  if (
    item.reference &&
    (await tx.item.findFirst({ where: { reference: { equals: item.reference, mode: "insensitive" } }, select: { id: true } }))
  ) {
    return "same reference";
  }
  const sameTitle = { title: { equals: item.title, mode: "insensitive" as const }, dueOn: fromCalendarDate(dueOn) };
  if (await tx.item.findFirst({ where: sameTitle, select: { id: true } })) return "same title and date";
  if (item.issuer) {
    const sameDates = {
      kind: item.kind,
      actor: { slug: item.issuer.slug },
      dueOn: fromCalendarDate(dueOn),
      lastOn: fromCalendarDate(lastOn),
      ...(item.sentOn ? { sentOn: fromCalendarDate(item.sentOn) } : {}),
    };
    if (await tx.item.findFirst({ where: sameDates, select: { id: true } })) return "same issuer and dates";
  }
  return null;
}

async function actorIdFor(tx: Tx, issuer: IssuerRef, created: string[], audit: SaveAudit | undefined): Promise<string> {
  const existing = await tx.actor.findUnique({ where: { slug: issuer.slug }, select: { id: true } });
  if (existing) return existing.id;
  const actor = await tx.actor.create({ data: { slug: issuer.slug, shortName: issuer.shortName, name: issuer.name, type: issuer.type } });
  created.push(issuer.slug);
  if (audit) {
    const changes = diffRecords(null, actorRecord(actor));
    await recordAuditEvent(tx, { ...audit, entityType: "actor", entityId: actor.id, action: "create", changes });
  }
  return actor.id;
}

async function chosenActorId(tx: Tx, id: string): Promise<string> {
  const actor = await tx.actor.findUnique({ where: { id }, select: { id: true } });
  if (!actor) throw new AppError("INVALID_INPUT", EDITOR_PROBLEM.actorUnknown);
  return actor.id;
}

async function chosenTopicIds(tx: Tx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await tx.topic.findMany({ where: { id: { in: unique } }, select: { id: true } });
  if (found.length !== unique.length) throw new AppError("INVALID_INPUT", EDITOR_PROBLEM.topicUnknown);
  return unique;
}

/**
 * Which of `items` are already in the database, and why, without writing anything: what the
 * import page marks before the editor chooses. `sourceSlug` is the file's Source.
 */
export async function findImportMatches(db: Db, sourceSlug: string, items: ProposedItem[]): Promise<(SkipReason | null)[]> {
  const source = await db.source.findUnique({ where: { slug: sourceSlug }, select: { id: true } });
  const matches: (SkipReason | null)[] = [];
  for (const item of items) matches.push(await findDuplicate(db, source?.id ?? null, keepKindFields(item)));
  return matches;
}

function itemData(item: ProposedItem, actorId: string, sourceId: string) {
  return {
    ...itemColumns({ ...item, summary: null }),
    actorId,
    sourceId,
    sourceKey: item.key,
    sourceExcerpt: item.sources.join(" "),
  };
}

/** What an editor chose for an item beyond the proposal: another actor, topics. */
export interface ImportChoice {
  actorId?: string | null;
  topicIds?: string[];
}

/** `choices[i]` belongs to `items[i]`; an actor or topic that does not exist is refused (INVALID_INPUT). */
export async function saveProposedItems(
  db: Db,
  source: ImportSource,
  items: ProposedItem[],
  audit?: SaveAudit,
  choices: ImportChoice[] = [],
): Promise<SaveResult> {
  return db.$transaction(
    async (tx) => {
      const sourceData = { ...source, publishedOn: fromCalendarDateOrNull(source.publishedOn) };
      const sourceRow = await tx.source.upsert({ where: { slug: source.slug }, create: sourceData, update: {} });
      const result: SaveResult = { created: [], skipped: [], createdActors: [], saved: [] };
      for (const [index, proposed] of items.entries()) {
        // The fields of the item's kind only, as the editor's form keeps them.
        const item = keepKindFields(proposed);
        const choice = choices[index] ?? {};
        const reason = await findDuplicate(tx, sourceRow.id, item);
        if (reason) {
          result.skipped.push({ item, reason });
          continue;
        }
        const actorId = choice.actorId
          ? await chosenActorId(tx, choice.actorId)
          : await actorIdFor(tx, item.issuer ?? UNKNOWN_ISSUER, result.createdActors, audit);
        const topicIds = await chosenTopicIds(tx, choice.topicIds ?? []);
        const data = { ...itemData(item, actorId, sourceRow.id), topics: { create: topicIds.map((topicId) => ({ topicId })) } };
        const row = await tx.item.create({ data, include: ITEM_EDIT_INCLUDE });
        if (audit) {
          const changes = diffRecords(null, itemRecord(row));
          await recordAuditEvent(tx, { ...audit, entityType: "item", entityId: row.id, action: "create", changes });
        }
        result.created.push(item);
        result.saved.push({ id: row.id, title: row.title });
      }
      return result;
    },
    { timeout: 60_000 },
  );
}
