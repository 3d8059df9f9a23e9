import "server-only";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import { isUuid } from "../model/uuid";
import type { Viewer } from "../auth/viewer-types";
import { toCalendarDateOrNull } from "../model/calendar-date";
import { ITEM_INCLUDE, toItemView } from "../items/item-view";
import { RESPONSE_INCLUDE, toResponseView } from "./records";
import type { ItemWithResponse, ResponseStatus, ResponseView, SharedResponse } from "./types";

/** The viewer's organisation's response to an item; null without one, or for viewers without an organisation. */
export async function getResponseForItem(db: Db, viewer: Viewer, itemId: string): Promise<ResponseView | null> {
  if (!viewer.isSignedIn || !viewer.organisationId || !isUuid(itemId)) return null;
  const row = await db.response.findUnique({
    where: { organisationId_itemId: { organisationId: viewer.organisationId, itemId } },
    include: RESPONSE_INCLUDE,
  });
  return row ? toResponseView(row) : null;
}

/** Badges for a list of items: item id → the viewer's organisation's status. Empty for viewers without one. */
export async function getResponseStatusesForItems(db: Db, viewer: Viewer, itemIds: string[]): Promise<Record<string, ResponseStatus>> {
  const ids = itemIds.filter(isUuid);
  if (!viewer.isSignedIn || !viewer.organisationId || ids.length === 0) return {};
  const rows = await db.response.findMany({
    where: { organisationId: viewer.organisationId, itemId: { in: ids } },
    select: { itemId: true, status: true },
  });
  return Object.fromEntries(rows.map((row) => [row.itemId, row.status]));
}

/** Every response of the viewer's organisation with its item, latest deadline first (the export's rows). */
export async function listResponsesForOrganisation(db: Db, viewer: Viewer): Promise<ItemWithResponse[]> {
  const { organisationId } = requireOrganisationMember(viewer);
  const rows = await db.response.findMany({
    where: { organisationId },
    include: { ...RESPONSE_INCLUDE, item: { include: ITEM_INCLUDE } },
    orderBy: [{ item: { dueOn: "desc" } }, { item: { title: "asc" } }],
  });
  return rows.map(({ item, ...response }) => ({ item: toItemView(item), response: toResponseView(response) }));
}

// "Answering or have answered": a decision not to answer stays the organisation's own business.
const SHARED_STATUSES: ResponseStatus[] = ["PLANNED", "IN_PROGRESS", "ANSWERED"];

/**
 * Which organisations are answering or have answered an item, among those that share their
 * responses. For signed-in users only (anonymous viewers get none); notes and internal
 * deadlines are never shared.
 */
export async function listSharedResponsesForItem(db: Db, viewer: Viewer, itemId: string): Promise<SharedResponse[]> {
  if (!viewer.isSignedIn || !isUuid(itemId)) return [];
  const rows = await db.response.findMany({
    where: { itemId, status: { in: SHARED_STATUSES }, organisation: { isResponsesPublic: true } },
    include: { organisation: { select: { id: true, name: true, slug: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return rows.map((row) => ({
    organisationName: row.organisation.name,
    organisationSlug: row.organisation.slug,
    isMine: row.organisation.id === viewer.organisationId,
    status: row.status,
    answeredOn: toCalendarDateOrNull(row.answeredOn),
    answerUrl: row.answerUrl,
  }));
}
