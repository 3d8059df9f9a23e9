import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { osloToday } from "../deadlines";
import { fieldError } from "../errors";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { isCalendarDate } from "../model/calendar-date";
import { extractItemsOffThread, importTimeLimitMsFromEnv } from "./extract-off-thread";
import { findPublicationDate } from "./extract";
import { ImportInputError, readImportBytes } from "./read-file";
import { findImportMatches, type ImportSource, type SkipReason } from "./save";
import { describeSource } from "./source-info";
import type { ProposedItem, UndatedNote } from "./extract";

export interface ImportPreviewInput {
  /** Pasted text; used when no file is given. */
  text: string | null;
  file: { name: string; bytes: Uint8Array } | null;
  /** The day the text was published ("YYYY-MM-DD"), for years the text leaves out. */
  asOf: string | null;
}

export interface ImportPreviewRow {
  item: ProposedItem;
  /** Why the item is already in the database, or null for a new one. */
  match: SkipReason | null;
}

export interface ImportPreview {
  source: ImportSource;
  rows: ImportPreviewRow[];
  notes: UndatedNote[];
}

export const PASTED_TEXT_NAME = "Innlimt tekst";

/**
 * Editors and admins. What a text or file proposes, each item marked when it is already in
 * the database. Reads only: nothing is saved until the editor confirms. Unreadable input,
 * and a text that takes longer than `timeLimitMs` to read, throw ImportInputError with a
 * reason the page can put in words. The text is read in a worker thread.
 */
export async function getImportPreview(
  db: Db,
  viewer: Viewer,
  input: ImportPreviewInput,
  now: Date,
  timeLimitMs = importTimeLimitMsFromEnv(),
): Promise<ImportPreview> {
  requireItemEditor(viewer);
  if (input.asOf && !isCalendarDate(input.asOf)) {
    throw fieldError("asOf", EDITOR_PROBLEM.dateFormat);
  }
  const hasFile = input.file !== null && (input.file.bytes.length > 0 || input.file.name !== "");
  if (!hasFile && !input.text?.trim()) throw new ImportInputError("Paste text or choose a file.", "no_file");
  const name = hasFile ? input.file!.name : PASTED_TEXT_NAME;
  const bytes = hasFile ? input.file!.bytes : new TextEncoder().encode(input.text ?? "");
  const { text } = await readImportBytes(bytes, name);
  const extraction = await extractItemsOffThread(text, { asOf: input.asOf ?? undefined, today: osloToday(now) }, timeLimitMs);
  const hash = createHash("sha256").update(bytes).digest("hex");
  const info = describeSource(name, text, extraction.period, hash);
  const source: ImportSource = { ...info, publishedOn: input.asOf ?? findPublicationDate(text) };
  const matches = await findImportMatches(db, source.slug, extraction.items);
  return { source, rows: extraction.items.map((item, index) => ({ item, match: matches[index] })), notes: extraction.notes };
}
