import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import {
  allOf,
  closingSoon,
  deadlineOpen,
  deadlinePassed,
  notCancelled,
  OVERDUE_DAYS,
  passedWithin,
  ruleMoment,
  seminarNotOver,
} from "../deadlines";
import { loadItemViews } from "../items/item-rows";
import { RESPONSE_INCLUDE, toResponseView } from "./records";
import {
  MY_SECTIONS,
  SETTLED_STATUSES,
  WORKING_STATUSES,
  type ItemWithResponse,
  type MyDeadlines,
  type MySection,
  type MySectionKey,
} from "./types";

export const DEFAULT_OVERDUE_DAYS = OVERDUE_DAYS;
/** Entries per section on the overview; each section has pages of its own for the rest. */
export const MY_PREVIEW_SIZE = 10;
export const MY_PAGE_SIZE = 25;

export interface MyDeadlinesOptions {
  /** How far back a closed, unanswered item still counts as overdue. */
  overdueDays?: number;
  closingSoonDays?: number;
}

interface SectionQuery {
  count(): Promise<number>;
  list(skip: number, take: number): Promise<ItemWithResponse[]>;
}

/**
 * The sections of the viewer's organisation's "Mine frister", as of `now` in Oslo, by the
 * rule in my-section-rule.ts: each item in at most one section. A deadline is open through
 * its whole day, closing soon from today to today + closingSoonDays (both included).
 */
function sectionQueries(db: Db, organisationId: string, now: Date, options: MyDeadlinesOptions): Record<MySectionKey, SectionQuery> {
  const moment = ruleMoment(now, options.closingSoonDays);
  // Items come by id from loadItemViews (one statement for a page of them, where Prisma's
  // relation loading would take several), and the organisation's responses with them.
  const withResponses = async (ids: string[]): Promise<ItemWithResponse[]> => {
    const [items, responses] = await Promise.all([
      loadItemViews(db, ids),
      db.response.findMany({ where: { organisationId, itemId: { in: ids } }, include: RESPONSE_INCLUDE }),
    ]);
    const byItem = new Map(responses.map((response) => [response.itemId, toResponseView(response)]));
    return items.map((item) => ({ item, response: byItem.get(item.id) ?? null }));
  };
  const itemSection = (
    where: Prisma.ItemWhereInput | (() => Promise<Prisma.ItemWhereInput>),
    orderBy: Prisma.ItemOrderByWithRelationInput[],
  ): SectionQuery => {
    const whereNow = typeof where === "function" ? where : async () => where;
    return {
      count: async () => db.item.count({ where: await whereNow() }),
      list: async (skip, take) => {
        const rows = await db.item.findMany({
          where: await whereNow(),
          select: { id: true },
          orderBy: [...orderBy, { id: "asc" }],
          skip,
          take,
        });
        return withResponses(rows.map((row) => row.id));
      },
    };
  };
  // The items the organisation follows or works on, looked up from its own responses (a
  // few), not by walking every item in date order and asking each for a response.
  let workingIds: Promise<string[]> | null = null;
  const working = () => {
    workingIds ??= db.response
      .findMany({ where: { organisationId, status: { in: [...WORKING_STATUSES] } }, select: { itemId: true } })
      .then((rows) => rows.map((row) => row.itemId));
    return workingIds;
  };

  // The rule is mySectionFor (my-section-rule.ts); each section below is its `where`.
  const passed = allOf(notCancelled, deadlinePassed).where(moment);
  const recentlyPassed = passedWithin(options.overdueDays ?? DEFAULT_OVERDUE_DAYS).where(moment);
  const withoutStatus = { responses: { none: { organisationId } } };
  const answered = { organisationId, status: { in: [...SETTLED_STATUSES] } };
  return {
    overdue: itemSection(
      async () => ({ AND: [passed, { OR: [{ id: { in: await working() } }, { ...withoutStatus, ...recentlyPassed }] }] }),
      [{ dueOn: "desc" }, { title: "asc" }],
    ),
    closingSoon: itemSection({ AND: [allOf(notCancelled, closingSoon).where(moment), withoutStatus] }, [
      { dueOn: "asc" },
      { title: "asc" },
    ]),
    inProgress: itemSection(
      async () => ({
        id: { in: await working() },
        cancelledAt: null,
        OR: [deadlineOpen.where(moment), seminarNotOver.where(moment)],
      }),
      [{ dueOn: "asc" }, { title: "asc" }],
    ),
    answered: {
      count: () => db.response.count({ where: answered }),
      // Most recent answer first; answers without a date after those with one.
      list: async (skip, take) => {
        const rows = await db.response.findMany({
          where: answered,
          select: { itemId: true },
          orderBy: [{ answeredOn: { sort: "desc", nulls: "last" } }, { item: { dueOn: "desc" } }, { id: "asc" }],
          skip,
          take,
        });
        return withResponses(rows.map((row) => row.itemId));
      },
    },
  };
}

async function sectionPart(query: SectionQuery, skip: number, take: number): Promise<MySection> {
  const [entries, total] = await Promise.all([query.list(skip, take), query.count()]);
  return { entries, total };
}

/** The overview: the first `previewSize` entries of each section, and each section's total. */
export async function getMyDeadlines(
  db: Db,
  viewer: Viewer,
  now: Date,
  options: MyDeadlinesOptions & { previewSize?: number } = {},
): Promise<MyDeadlines> {
  const { organisationId } = requireOrganisationMember(viewer);
  const queries = sectionQueries(db, organisationId, now, options);
  const take = options.previewSize ?? MY_PREVIEW_SIZE;
  const parts = await Promise.all(MY_SECTIONS.map((key) => sectionPart(queries[key], 0, take)));
  return Object.fromEntries(MY_SECTIONS.map((key, index) => [key, parts[index]])) as MyDeadlines;
}

export interface MySectionPage extends MySection {
  page: number;
  pageCount: number;
}

/** One section, a page of MY_PAGE_SIZE at a time; a page past the end reads as the last one. */
export async function getMySectionPage(
  db: Db,
  viewer: Viewer,
  now: Date,
  section: MySectionKey,
  page: number,
  options: MyDeadlinesOptions = {},
): Promise<MySectionPage> {
  const { organisationId } = requireOrganisationMember(viewer);
  const query = sectionQueries(db, organisationId, now, options)[section];
  const total = await query.count();
  const pageCount = Math.max(1, Math.ceil(total / MY_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const entries = await query.list((shown - 1) * MY_PAGE_SIZE, MY_PAGE_SIZE);
  return { entries, total, page: shown, pageCount };
}
