"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { acceptProposal, rejectProposal } from "@/lib/sources/proposal-mutations";
import type { ActionState } from "../../_components/action-state";
import { itemInputFrom } from "../../items/_editor/item-input";
import { failureFor } from "../../_components/action-state";

/** Publishes the proposal as the editor corrected it, then back to the inbox. */
export async function acceptProposalAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await acceptProposal(getDb(), viewer, String(formData.get("proposalId") ?? ""), itemInputFrom(formData), currentTime());
  } catch (error) {
    return failureFor(error, m, m.editor.form.failed);
  }
  revalidatePath("/", "layout");
  redirect("/sources/inbox?done=accepted");
}

export async function rejectProposalAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await rejectProposal(getDb(), viewer, String(formData.get("proposalId") ?? ""), currentTime());
  } catch (error) {
    return failureFor(error, m, m.sources.list.failed);
  }
  revalidatePath("/sources", "layout");
  redirect("/sources/inbox?done=rejected");
}
