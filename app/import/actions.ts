"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { serializeProposal } from "@/lib/import/import-schemas";
import { saveImportedItems } from "@/lib/import/mutations";
import { getImportPreview } from "@/lib/import/preview";
import { ImportInputError } from "@/lib/import/read-file";
import { getI18n } from "@/lib/i18n/server";
import { editorFailure } from "../_components/editor-failure";
import { refusalText, savedRowsFrom, uploadFrom } from "./import-input";
import type { PreviewState, SaveState } from "./import-state";

/** Reads a pasted text or an uploaded file and proposes its items; saves nothing. */
export async function previewImportAction(_previous: PreviewState, formData: FormData): Promise<PreviewState> {
  const viewer = await getViewer();
  const { m, t } = await getI18n();
  try {
    const input = {
      text: (formData.get("text") as string | null) ?? null,
      file: await uploadFrom(formData),
      asOf: (formData.get("asOf") as string | null) || null,
    };
    const preview = await getImportPreview(getDb(), viewer, input, currentTime());
    const message =
      preview.rows.length > 0
        ? t(m.editor.import.found, { count: preview.rows.length, source: preview.source.title })
        : m.editor.import.none;
    const proposal = serializeProposal({ source: preview.source, items: preview.rows.map((row) => row.item) });
    return { status: "ok", message, rows: preview.rows, notes: preview.notes, proposal, readId: randomUUID() };
  } catch (error) {
    if (error instanceof ImportInputError) return { status: "error", message: refusalText(error, m), fieldErrors: {} };
    const state = editorFailure(error, m, m.editor.import.failed);
    return state.status === "error" ? state : { status: "error", message: m.editor.import.failed, fieldErrors: {} };
  }
}

/** Saves the ticked rows; items already in the database are skipped, so a second save creates nothing. */
export async function saveImportAction(_previous: SaveState, formData: FormData): Promise<SaveState> {
  const viewer = await getViewer();
  const { m, t } = await getI18n();
  try {
    const input = { proposal: (formData.get("proposal") as string | null) ?? "", rows: savedRowsFrom(formData) };
    const saved = await saveImportedItems(getDb(), viewer, input, currentTime());
    revalidatePath("/", "layout");
    return { status: "saved", message: t(m.editor.import.saved, { created: saved.created, skipped: saved.skipped }), saved: saved.saved };
  } catch (error) {
    return editorFailure(error, m, m.editor.import.failed);
  }
}
