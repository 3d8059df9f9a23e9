"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { createItem } from "@/lib/items/mutations";
import { formAction } from "../../_actions/form-action";
import { itemInputFrom, typedItemValues, type ItemFormState } from "../_editor/item-input";

/** Creates an item (lib refuses anyone but editors and admins) and opens its page. */
export const createItemAction = formAction<ItemFormState>({
  failed: (m) => m.editor.form.failed,
  keepOnRefusal: ({ formData }) => ({ values: typedItemValues(formData), submission: Date.now() }),
  run: async ({ viewer, formData, now }) => {
    const saved = await createItem(getDb(), viewer, itemInputFrom(formData), now);
    revalidatePath("/", "layout");
    redirect(`/items/${saved.id}`);
  },
});
