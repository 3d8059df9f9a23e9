import "server-only";
// One waiting proposal as the inbox's accept form starts from: the entry's fields as the
// item form holds them, with the issuer matched to an existing actor where there is one.
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import { isUuid } from "../model/uuid";
import type { Viewer } from "../auth/viewer-types";
import { EMPTY_ITEM_FORM, osloWallClock, type ItemFormValues } from "../items/form-values";
import type { SourceEntry } from "./entry";
import { valuesFromEntry } from "./source-values";

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
  // The values a poll would publish (valuesFromEntry), so accepting gives the item publishing would.
  const fields = valuesFromEntry(entry, "");
  const instant = (iso: string | null) => (iso ? new Date(iso) : null);
  const values: ItemFormValues = {
    ...EMPTY_ITEM_FORM,
    kind: fields.kind,
    title: fields.title,
    reference: fields.reference ?? "",
    summary: fields.summary ?? "",
    url: fields.url ?? "",
    actorId: actor?.id ?? "",
    newActorName: actor ? "" : issuer.slice(0, 120),
    sentOn: fields.sentOn ?? "",
    deadline: fields.deadline ?? "",
    startOn: fields.startOn ?? "",
    endOn: fields.endOn ?? "",
    startTime: osloWallClock(instant(fields.startAt)),
    endTime: osloWallClock(instant(fields.endAt)),
    location: fields.location ?? "",
    isOnline: fields.isOnline,
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
