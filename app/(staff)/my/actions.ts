"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { setOrganisationSharing } from "@/lib/organisations/mutations";
import { answerRefusal } from "../../_components/refusal";

/** Turns sharing of the viewer's own organisation's responses on or off. */
export async function setSharingAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  const value = formData.get("isResponsesPublic");
  if (value !== "true" && value !== "false") return;
  await setOrganisationSharing(getDb(), viewer, { isResponsesPublic: value === "true" }, currentTime()).catch(answerRefusal);
  revalidatePath("/my");
}
