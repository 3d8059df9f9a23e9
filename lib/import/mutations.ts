import "server-only";
import { z } from "zod";
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { AppError, assertStorableText, withDatabaseErrors, type FieldErrors } from "../errors";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { checkItemFields, keepKindFields } from "../items/fields";
import { importProposalSchema, importSaveInputSchema, type ChosenRow, type ImportProposal, type ImportSaveInput } from "./import-schemas";
import { saveProposedItems } from "./save";
import type { ProposedItem } from "./extract";

const v = EDITOR_PROBLEM;

export interface ImportSaveSummary {
  created: number;
  skipped: number;
  /** The items created, for links to them. */
  saved: { id: string; title: string }[];
}

/**
 * The input's problems: field errors keyed "<row key>.<field>", so the page shows each next to
 * its row, and the first problem that belongs to no row (nothing ticked, unreadable proposals).
 */
function invalidInput(issues: z.core.$ZodIssue[], rows: unknown): AppError {
  const errors: FieldErrors = {};
  let general: string | null = null;
  const keyOf = (message: string) => (/^[A-Za-z]\w*$/.test(message) ? message : "invalidValue");
  for (const issue of issues) {
    const [first, index, field] = issue.path;
    const row = first === "rows" && typeof index === "number" && Array.isArray(rows) ? (rows[index] as { key?: unknown }) : null;
    if (row && typeof row.key === "string" && field !== undefined)
      (errors[`${row.key}.${String(field)}`] ??= []).push({ reason: keyOf(issue.message) });
    else general ??= keyOf(issue.message);
  }
  return new AppError("INVALID_INPUT", general ?? "INVALID_INPUT", general ? {} : errors);
}

function readProposal(json: string): ImportProposal {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError("INVALID_INPUT", v.importUnreadable);
  }
  const parsed = importProposalSchema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID_INPUT", v.importUnreadable);
  return parsed.data;
}

/** The row shows days only: a problem with the times the text gave is shown at the day it concerns. */
const ROW_FIELD_OF = { startTime: "startOn", endTime: "endOn" } as const;

/** The proposal as the editor changed it, checked with the rules of the item form. */
function applyRow(item: ProposedItem, row: ChosenRow, errors: FieldErrors): ProposedItem {
  const edited = {
    ...item,
    title: row.title,
    sentOn: row.sentOn,
    deadline: row.deadline,
    startOn: row.startOn,
    endOn: row.endOn,
    url: row.url === undefined ? item.url : row.url,
  };
  checkItemFields(edited, (field, reason) => {
    const shownAt = field === "startTime" || field === "endTime" ? ROW_FIELD_OF[field] : field;
    (errors[`${row.key}.${shownAt}`] ??= []).push({ reason });
  });
  return keepKindFields(edited);
}

/**
 * Editors and admins. Saves the ticked rows of an import: items already in the database
 * (same file, reference, title and date, or issuer and dates) are skipped, so saving the same
 * newsletter twice creates nothing. Each item and each new actor gets an audit row.
 */
export async function saveImportedItems(db: Db, viewer: Viewer, input: ImportSaveInput, now: Date): Promise<ImportSaveSummary> {
  const editor = requireItemEditor(viewer);
  assertStorableText(input);
  const parsed = importSaveInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error.issues, (input as { rows?: unknown } | null)?.rows);
  const proposal = readProposal(parsed.data.proposal);
  const errors: FieldErrors = {};
  const items = parsed.data.rows.map((row) => {
    const item = proposal.items.find((candidate) => candidate.key === row.key);
    if (!item) throw new AppError("INVALID_INPUT", v.importRowUnknown);
    return applyRow(item, row, errors);
  });
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", "INVALID_INPUT", errors);
  const choices = parsed.data.rows.map((row) => ({ actorId: row.actorId ?? null, topicIds: row.topicIds ?? [] }));
  const result = await withDatabaseErrors(() =>
    saveProposedItems(db, proposal.source, items, { actorUserId: editor.userId, at: now }, choices),
  );
  return { created: result.created.length, skipped: result.skipped.length, saved: result.saved };
}
