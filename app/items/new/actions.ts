"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { createItem, type SavedItem } from "@/lib/items/mutations";
import type { ActionState } from "../../_components/action-state";
import { editorFailure } from "../../_components/editor-failure";
import { itemInputFrom } from "../_editor/item-input";

/** Creates an item (lib refuses anyone but editors and admins) and opens its page. */
export async function createItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  let saved: SavedItem;
  try {
    saved = await createItem(getDb(), viewer, itemInputFrom(formData), currentTime());
  } catch (error) {
    return editorFailure(error, m, m.editor.form.failed);
  }
  revalidatePath("/", "layout");
  redirect(`/items/${saved.id}`);
}
