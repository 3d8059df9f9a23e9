"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { markResponse, removeResponse } from "@/lib/responses/mutations";
import { failureFor, formFields, type ActionState } from "../../_components/action-state";

const RESPONSE_FIELDS = ["itemId", "status", "answeredOn", "answerUrl", "note", "internalDeadline", "version"] as const;

/** Sets the viewer's organisation's response; the organisation comes from the session, never the form. */
export async function markResponseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const saved = await markResponse(getDb(), viewer, formFields(formData, RESPONSE_FIELDS), currentTime());
    revalidatePath(`/items/${saved.itemId}`);
    return { status: "ok", message: m.account.response.saved };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function removeResponseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const input = formFields<{ itemId: string; version: string | null }>(formData, ["itemId", "version"]);
    await removeResponse(getDb(), viewer, input, currentTime());
    revalidatePath(`/items/${input.itemId}`);
    return { status: "ok", message: m.account.response.removed };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}
