"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { acceptProposal, rejectProposal } from "@/lib/sources/proposal-mutations";
import { formAction } from "../../_actions/form-action";
import type { ActionState } from "../../_components/action-state";
import { itemInputFrom, typedItemValues, type ItemFormState } from "../../items/_editor/item-input";

/**
 * Publishes the proposal as the editor corrected it, then back to the inbox. A refusal brings
 * back the corrections, so a page sent without JavaScript keeps them.
 */
export const acceptProposalAction = formAction<ItemFormState>({
  failed: (m) => m.editor.form.failed,
  keepOnRefusal: ({ formData }) => ({ values: typedItemValues(formData), submission: Date.now() }),
  run: async ({ viewer, formData, now }) => {
    await acceptProposal(getDb(), viewer, String(formData.get("proposalId") ?? ""), itemInputFrom(formData), now);
    revalidatePath("/", "layout");
    redirect("/sources/inbox?done=accepted");
  },
});

export const rejectProposalAction = formAction<ActionState>({
  failed: (m) => m.sources.list.failed,
  run: async ({ viewer, formData, now }) => {
    await rejectProposal(getDb(), viewer, String(formData.get("proposalId") ?? ""), now);
    revalidatePath("/sources", "layout");
    redirect("/sources/inbox?done=rejected");
  },
});
