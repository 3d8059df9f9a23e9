"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getEditableItem } from "@/lib/items/editor-queries";
import { cancelItem, restoreItem, updateItem } from "@/lib/items/mutations";
import { isAppError } from "@/lib/errors";
import { formAction } from "../../../_actions/form-action";
import { formFields, typedValuesOf, type ActionState } from "../../../_components/action-state";
import { itemInputFrom, typedItemValues, type ItemFormState } from "../../_editor/item-input";

// lib refuses anyone but editors and admins; the pages' own checks are a courtesy.

/**
 * Saves an edit based on the version the form was loaded at, then opens the item's page.
 * When someone else saved in between, what was typed stays and the form takes the version
 * now stored: the editor is told, can look at theirs, and saving again replaces it knowingly.
 */
export const updateItemAction = formAction<ItemFormState>({
  failed: (m) => m.editor.form.failed,
  keepOnRefusal: ({ formData }) => ({ values: typedItemValues(formData), submission: Date.now() }),
  run: async ({ viewer, formData, m, now }) => {
    const { id, version } = formFields<{ id: string; version: string }>(formData, ["id", "version"]);
    let saved: { id: string };
    try {
      saved = await updateItem(getDb(), viewer, { ...itemInputFrom(formData), id, version }, now);
    } catch (error) {
      const current = isAppError(error) && error.reason === "STALE_VERSION" ? await getEditableItem(getDb(), id) : null;
      if (!current) throw error;
      return {
        status: "error",
        message: m.editor.form.conflict,
        fieldErrors: {},
        values: typedItemValues(formData),
        version: String(current.version),
        submission: Date.now(),
      };
    }
    revalidatePath("/", "layout");
    redirect(`/items/${saved.id}`);
  },
});

/** Cancels an item once the editor has ticked the confirmation (the browser asks first; this checks again). */
export const cancelItemAction = formAction<ActionState>({
  failed: (m) => m.editor.form.failed,
  run: async ({ viewer, formData, m, now }) => {
    if (formData.get("confirm") !== "yes") {
      const needed = m.work.confirm.needed;
      return { status: "error", message: needed, fieldErrors: { confirm: [needed] }, typed: typedValuesOf(formData) };
    }
    const saved = await cancelItem(getDb(), viewer, formFields(formData, ["id", "version", "reason"]), now);
    revalidatePath("/", "layout");
    return { status: "ok", message: m.editor.item.cancelled, detail: saved.id };
  },
});

export const restoreItemAction = formAction<ActionState>({
  failed: (m) => m.editor.form.failed,
  run: async ({ viewer, formData, m, now }) => {
    const saved = await restoreItem(getDb(), viewer, formFields(formData, ["id", "version"]), now);
    revalidatePath("/", "layout");
    return { status: "ok", message: m.editor.item.restored, detail: saved.id };
  },
});
