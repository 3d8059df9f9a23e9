import "server-only";
// One waiting proposal as the inbox's accept form starts from: the entry's fields as the
// item form holds them, with the issuer matched to an existing actor where there is one.
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import { isUuid } from "../model/uuid";
import type { Viewer } from "../auth/viewer-types";
import { EMPTY_ITEM_FORM, osloWallClock, type ItemFormValues } from "../items/form-values";
import type { SourceEntry } from "./entry";

export interface ProposalForEditor {
  id: string;
  sourceName: string;
  sourceType: string;
  entry: SourceEntry;
  isRelevant: boolean;
  matchedTerms: string[];
  reviewReason: string | null;
  firstSeenAt: Date;
  values: ItemFormValues;
}

export async function getPendingProposal(db: Db, viewer: Viewer, id: string): Promise<ProposalForEditor | null> {
  requireItemEditor(viewer);
  if (!isUuid(id)) return null;
  const row = await db.sourceProposal.findUnique({ where: { id }, include: { polledSource: { select: { name: true, type: true } } } });
  if (!row || row.state !== "pending") return null;
  const entry = row.entry as unknown as SourceEntry;
  const issuer = entry.issuerName ?? row.polledSource.name;
  const actor = await db.actor.findFirst({
    where: { OR: [{ name: { equals: issuer, mode: "insensitive" } }, { shortName: { equals: issuer, mode: "insensitive" } }] },
    select: { id: true },
  });
  const values: ItemFormValues = {
    ...EMPTY_ITEM_FORM,
    kind: entry.kind,
    title: entry.title.slice(0, 300),
    reference: entry.reference ?? "",
    summary: entry.summary?.slice(0, 4_000) ?? "",
    url: entry.url ?? "",
    actorId: actor?.id ?? "",
    newActorName: actor ? "" : issuer.slice(0, 120),
    sentOn: entry.sentOn ?? "",
    deadline: entry.deadline ?? "",
    startOn: entry.startOn ?? "",
    endOn: entry.endOn ?? "",
    startTime: osloWallClock(entry.startAt ? new Date(entry.startAt) : null),
    endTime: osloWallClock(entry.endAt ? new Date(entry.endAt) : null),
    location: entry.location ?? "",
    isOnline: entry.isOnline,
  };
  return {
    id: row.id,
    sourceName: row.polledSource.name,
    sourceType: row.polledSource.type,
    entry,
    isRelevant: row.isRelevant,
    matchedTerms: row.matchedTerms,
    reviewReason: row.reviewReason,
    firstSeenAt: row.firstSeenAt,
    values,
  };
}
