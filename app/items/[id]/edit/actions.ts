"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { cancelItem, restoreItem, updateItem } from "@/lib/items/mutations";
import { formAction } from "../../../_actions/form-action";
import { formFields, type ActionState } from "../../../_components/action-state";
import { itemInputFrom } from "../../_editor/item-input";

// lib refuses anyone but editors and admins; the pages' own checks are a courtesy.

/** Saves an edit based on the version the form was loaded at, then opens the item's page. */
export const updateItemAction = formAction<ActionState>({
  failed: (m) => m.editor.form.failed,
  run: async ({ viewer, formData, now }) => {
    const { id, version } = formFields<{ id: string; version: string }>(formData, ["id", "version"]);
    const saved = await updateItem(getDb(), viewer, { ...itemInputFrom(formData), id, version }, now);
    revalidatePath("/", "layout");
    redirect(`/items/${saved.id}`);
  },
});

/** Cancels an item once the editor has ticked the confirmation (the browser asks first; this checks again). */
export const cancelItemAction = formAction<ActionState>({
  failed: (m) => m.editor.form.failed,
  run: async ({ viewer, formData, m, now }) => {
    if (formData.get("confirm") !== "yes") {
      return { status: "error", message: m.work.confirm.needed, fieldErrors: { confirm: [m.work.confirm.needed] } };
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
