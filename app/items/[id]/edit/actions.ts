"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { cancelItem, restoreItem, updateItem, type SavedItem } from "@/lib/items/mutations";
import { formFields, type ActionState } from "../../../_components/action-state";
import { editorFailure } from "../../../_components/editor-failure";
import { itemInputFrom } from "../../_editor/item-input";

// lib refuses anyone but editors and admins; the pages' own checks are a courtesy.

/** Saves an edit based on the version the form was loaded at, then opens the item's page. */
export async function updateItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  let saved: SavedItem;
  try {
    const { id, version } = formFields<{ id: string; version: string }>(formData, ["id", "version"]);
    saved = await updateItem(getDb(), viewer, { ...itemInputFrom(formData), id, version }, currentTime());
  } catch (error) {
    return editorFailure(error, m, m.editor.form.failed);
  }
  revalidatePath("/", "layout");
  redirect(`/items/${saved.id}`);
}

/** Cancels an item once the editor has ticked the confirmation (the browser asks first; this checks again). */
export async function cancelItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  if (formData.get("confirm") !== "yes") {
    return { status: "error", message: m.work.confirm.needed, fieldErrors: { confirm: [m.work.confirm.needed] } };
  }
  try {
    const saved = await cancelItem(getDb(), viewer, formFields(formData, ["id", "version", "reason"]), currentTime());
    revalidatePath("/", "layout");
    return { status: "ok", message: m.editor.item.cancelled, detail: saved.id };
  } catch (error) {
    return editorFailure(error, m, m.editor.form.failed);
  }
}

export async function restoreItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const saved = await restoreItem(getDb(), viewer, formFields(formData, ["id", "version"]), currentTime());
    revalidatePath("/", "layout");
    return { status: "ok", message: m.editor.item.restored, detail: saved.id };
  } catch (error) {
    return editorFailure(error, m, m.editor.form.failed);
  }
}
