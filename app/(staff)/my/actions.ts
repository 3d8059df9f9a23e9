"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { setOrganisationSharing } from "@/lib/organisations/mutations";
import { answerRefusal } from "../../_components/refusal";

/**
 * Turns sharing of the viewer's own organisation's responses on or off. Not a form action
 * (app/_actions/form-action.ts): a button whose refusal answers with a page (answerRefusal).
 */
export async function setSharingAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  const value = formData.get("isResponsesPublic");
  if (value !== "true" && value !== "false") return;
  // Stopping is confirmed with a ticked box (the browser asks first; this checks again).
  if (value === "false" && formData.get("confirm") !== "yes") return;
  await setOrganisationSharing(getDb(), viewer, { isResponsesPublic: value === "true" }, currentTime()).catch(answerRefusal);
  revalidatePath("/my");
}
