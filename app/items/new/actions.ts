"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { createItem } from "@/lib/items/mutations";
import { formAction } from "../../_actions/form-action";
import type { ActionState } from "../../_components/action-state";
import { itemInputFrom } from "../_editor/item-input";

/** Creates an item (lib refuses anyone but editors and admins) and opens its page. */
export const createItemAction = formAction<ActionState>({
  failed: (m) => m.editor.form.failed,
  run: async ({ viewer, formData, now }) => {
    const saved = await createItem(getDb(), viewer, itemInputFrom(formData), now);
    revalidatePath("/", "layout");
    redirect(`/items/${saved.id}`);
  },
});
