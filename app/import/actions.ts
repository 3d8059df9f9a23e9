"use server";

import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { serializeProposal } from "@/lib/import/import-schemas";
import { saveImportedItems } from "@/lib/import/mutations";
import { getImportPreview } from "@/lib/import/preview";
import { ImportInputError } from "@/lib/import/read-file";
import { formAction } from "../_actions/form-action";
import { pastedText, readIdOf, refusalText, savedRowsFrom, timesOf, uploadFrom } from "./import-input";
import type { PreviewState, SaveState } from "./import-state";

/**
 * Reads a pasted text or an uploaded file and proposes its items; saves nothing. A file the
 * reader cannot take (too large, not a text or PDF) is refused by the reader in its own words.
 */
export const previewImportAction = formAction<PreviewState>({
  failed: (m) => m.editor.import.failed,
  keepOnRefusal: ({ formData }) => ({ text: pastedText(formData) }),
  run: async ({ viewer, formData, m, t, locale, now }) => {
    try {
      const input = {
        text: (formData.get("text") as string | null) ?? null,
        file: await uploadFrom(formData),
        asOf: (formData.get("asOf") as string | null) || null,
      };
      const preview = await getImportPreview(getDb(), viewer, input, now);
      const message =
        preview.rows.length > 0
          ? t(m.editor.import.found, { count: preview.rows.length, source: preview.source.title })
          : m.editor.import.none;
      const unsure = preview.rows.filter((row) => row.item.confidence.level !== "high").length;
      const unsureNotice = unsure > 0 ? t(m.editor.import.confidence.toCheck, { count: unsure }) : null;
      const proposal = serializeProposal({ source: preview.source, items: preview.rows.map((row) => row.item) });
      return {
        status: "ok",
        message,
        unsureNotice,
        rows: preview.rows.map((row) => ({ ...row, times: timesOf(row.item, locale) })),
        notes: preview.notes,
        proposal,
        readId: randomUUID(),
      };
    } catch (error) {
      if (error instanceof ImportInputError) {
        return { status: "error", message: refusalText(error, m), fieldErrors: {}, text: pastedText(formData) };
      }
      throw error;
    }
  },
});

/** Saves the ticked rows; items already in the database are skipped, so a second save creates nothing. */
export const saveImportAction = formAction<SaveState>({
  failed: (m) => m.editor.import.failed,
  keepOnRefusal: ({ formData }) => ({ readId: readIdOf(formData) }),
  run: async ({ viewer, formData, m, t, now }) => {
    const input = { proposal: (formData.get("proposal") as string | null) ?? "", rows: savedRowsFrom(formData) };
    const saved = await saveImportedItems(getDb(), viewer, input, now);
    revalidatePath("/", "layout");
    const message = t(m.editor.import.saved, { created: saved.created, skipped: saved.skipped });
    return { status: "saved", message, saved: saved.saved, readId: readIdOf(formData) };
  },
});
