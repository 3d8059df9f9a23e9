import "server-only";
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { requireOrganisationMember } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { addDays, DEFAULT_CLOSING_SOON_DAYS, OVERDUE_DAYS, osloToday } from "../deadlines";
import { loadItemViews } from "../items/item-rows";
import { keptOrRead } from "./kept-sections";
import { responseViewOf } from "./records";
import { MY_SECTION_ORDER, mySectionWhere, type MySectionBounds } from "./my-section-sql";
import { MY_SECTIONS, type MyDeadlines, type MySection, type MySectionKey, type ResponseView } from "./types";

export const DEFAULT_OVERDUE_DAYS = OVERDUE_DAYS;
/** Entries per section on the overview; each section has pages of its own for the rest. */
export const MY_PREVIEW_SIZE = 10;
export const MY_PAGE_SIZE = 25;

export interface MyDeadlinesOptions {
  /** How far back a closed, unanswered item still counts as overdue. */
  overdueDays?: number;
  closingSoonDays?: number;
  /**
   * The versions the organisation's data is at (readSectionsVersion): given, the answer is kept
   * for the next requests at the same versions and day (kept-sections.ts).
   */
  version?: string | null;
}

/** The part of a section asked for: `take` entries after the first `skip`. */
interface SectionSlice {
  section: MySectionKey;
  skip: number;
  take: number;
}

interface PickedRow {
  section: MySectionKey;
  total: bigint;
  /** The earliest end of a timed item in the section still to come: the section changes then. */
  changesAt: Date | null;
  itemId: string;
  responseId: string | null;
  status: ResponseView["status"] | null;
  answeredOn: Date | null;
  answerUrl: string | null;
  note: string | null;
  internalDeadline: Date | null;
  version: number | null;
  updatedAt: Date | null;
  updatedByName: string | null;
  responsibleUserId: string | null;
  responsibleName: string | null;
}

function boundsOf(organisationId: string, now: Date, options: MyDeadlinesOptions): MySectionBounds {
  const today = osloToday(now);
  return {
    organisationId,
    now,
    today,
    soonEnd: addDays(today, options.closingSoonDays ?? DEFAULT_CLOSING_SOON_DAYS),
    overdueSince: addDays(today, -(options.overdueDays ?? DEFAULT_OVERDUE_DAYS)),
  };
}

/**
 * The asked-for slices of the organisation's sections, each with its section's total, in one
 * SQL statement (the sections' conditions are in my-section-sql.ts); then their items in one
 * more (loadItemViews). Prisma would take four or five queries for each section, and each
 * costs more CPU in the app than the database spends on all of them.
 */
interface LoadedSections {
  sections: Map<MySectionKey, MySection>;
  /** When the answer stops being true by the clock alone (epoch ms). */
  validUntil: number;
}

/** The sections asked for: kept ones when `version` is given and they hold, else read. */
async function loadSections(
  db: Db,
  bounds: MySectionBounds,
  slices: SectionSlice[],
  version: string | null | undefined,
): Promise<Map<MySectionKey, MySection>> {
  if (!version) return (await readSections(db, bounds, slices)).sections;
  const { organisationId, today, soonEnd, overdueSince } = bounds;
  const key = JSON.stringify([organisationId, version, today, soonEnd, overdueSince, slices]);
  const loaded = await keptOrRead(
    key,
    bounds.now,
    () => readSections(db, bounds, slices),
    (answer) => answer.validUntil,
  );
  return loaded.sections;
}

async function readSections(db: Db, bounds: MySectionBounds, slices: SectionSlice[]): Promise<LoadedSections> {
  const parts = slices.map(
    ({ section, skip, take }) => Prisma.sql`(
      SELECT ${section}::text AS section, i.id AS item_id, r.id AS response_id, count(*) OVER () AS total,
        min(i.end_at) FILTER (WHERE i.end_at > ${bounds.now}::timestamptz) OVER () AS changes_at,
        row_number() OVER (ORDER BY ${MY_SECTION_ORDER[section]}) AS position
      FROM item i LEFT JOIN response r ON r.item_id = i.id AND r.organisation_id = ${bounds.organisationId}::uuid
      WHERE ${mySectionWhere(section, bounds)}
      ORDER BY ${MY_SECTION_ORDER[section]}
      LIMIT ${take} OFFSET ${skip})`,
  );
  const rows = await db.$queryRaw<PickedRow[]>`
    SELECT p.section, p.total, p.changes_at AS "changesAt", p.item_id AS "itemId", r.id AS "responseId", r.status::text AS status,
      r.answered_on AS "answeredOn", r.answer_url AS "answerUrl", r.note, r.internal_deadline AS "internalDeadline",
      r.version, r.updated_at AS "updatedAt", r.responsible_user_id AS "responsibleUserId",
      updater.name AS "updatedByName", responsible.name AS "responsibleName"
    FROM (${Prisma.join(parts, " UNION ALL ")}) p
    LEFT JOIN response r ON r.id = p.response_id
    LEFT JOIN app_user updater ON updater.id = r.updated_by_id
    LEFT JOIN app_user responsible ON responsible.id = r.responsible_user_id
    ORDER BY p.section, p.position`;
  const items = new Map((await loadItemViews(db, [...new Set(rows.map((row) => row.itemId))])).map((item) => [item.id, item]));
  const sections = new Map<MySectionKey, MySection>(slices.map(({ section }) => [section, { entries: [], total: 0 }]));
  let validUntil = Infinity;
  for (const row of rows) {
    if (row.changesAt) validUntil = Math.min(validUntil, row.changesAt.getTime());
    const part = sections.get(row.section);
    const item = items.get(row.itemId);
    if (!part) continue;
    part.total = Number(row.total);
    // An item deleted between the two statements is left out, as a list would leave it out.
    if (item) part.entries.push({ item, response: toResponse(row) });
  }
  return { sections, validUntil };
}

function toResponse(row: PickedRow): ResponseView | null {
  if (row.responseId === null || row.status === null || row.version === null || row.updatedAt === null) return null;
  return responseViewOf({ ...row, id: row.responseId, status: row.status, version: row.version, updatedAt: row.updatedAt });
}

/** The overview: the first `previewSize` entries of each section, and each section's total. */
export async function getMyDeadlines(
  db: Db,
  viewer: Viewer,
  now: Date,
  options: MyDeadlinesOptions & { previewSize?: number } = {},
): Promise<MyDeadlines> {
  const { organisationId } = requireOrganisationMember(viewer);
  const take = options.previewSize ?? MY_PREVIEW_SIZE;
  const sections = await loadSections(
    db,
    boundsOf(organisationId, now, options),
    MY_SECTIONS.map((section) => ({ section, skip: 0, take })),
    options.version,
  );
  return Object.fromEntries(MY_SECTIONS.map((key) => [key, sections.get(key)])) as MyDeadlines;
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
  const bounds = boundsOf(organisationId, now, options);
  const wanted = Math.max(1, Math.floor(page) || 1);
  let part = (await loadSections(db, bounds, [{ section, skip: (wanted - 1) * MY_PAGE_SIZE, take: MY_PAGE_SIZE }], options.version)).get(
    section,
  );
  // A page past the end reads as the last one: ask again for that page (rare, so not worth a
  // count before every page).
  let total = part?.total ?? 0;
  if (part && part.entries.length === 0 && wanted > 1) {
    const probe = (await loadSections(db, bounds, [{ section, skip: 0, take: 1 }], options.version)).get(section);
    total = probe?.total ?? 0;
  }
  const pageCount = Math.max(1, Math.ceil(total / MY_PAGE_SIZE));
  const shown = Math.min(wanted, pageCount);
  if (shown !== wanted)
    part = (await loadSections(db, bounds, [{ section, skip: (shown - 1) * MY_PAGE_SIZE, take: MY_PAGE_SIZE }], options.version)).get(
      section,
    );
  return { entries: part?.entries ?? [], total, page: shown, pageCount };
}
