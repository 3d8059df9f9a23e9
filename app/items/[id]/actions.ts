"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { markResponse, removeResponse } from "@/lib/responses/mutations";
import { failureFor, formFields, type ActionState } from "../../_components/action-state";
import { RESPONSE_FIELDS, responseFormValues, typedValues, type ResponseFormState } from "./response-values";

/**
 * Sets the viewer's organisation's response; the organisation comes from the session, never
 * the form. The answer carries what the form shows next: what was saved (with its new
 * version, so the next save on the same page works), or, after a refusal, what was typed.
 */
export async function markResponseAction(_previous: ResponseFormState, formData: FormData): Promise<ResponseFormState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  const submission = Date.now();
  try {
    const saved = await markResponse(getDb(), viewer, formFields(formData, RESPONSE_FIELDS), currentTime());
    revalidatePath(`/items/${saved.itemId}`);
    return { status: "ok", message: m.account.response.saved, values: responseFormValues(saved), submission };
  } catch (error) {
    const values = typedValues(formData);
    // Someone else saved since this page was loaded: say so, and keep what this person typed.
    if (isAppError(error) && error.code === "CONFLICT") {
      return { status: "error", message: m.work.response.conflict, fieldErrors: {}, values, submission };
    }
    return { ...failureFor(error, m, m.account.response.failed), values, submission };
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
    if (isAppError(error) && error.code === "CONFLICT") return { status: "error", message: m.work.response.conflict, fieldErrors: {} };
    return failureFor(error, m, m.account.response.failed);
  }
}
