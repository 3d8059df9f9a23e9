"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { markResponse, removeResponse } from "@/lib/responses/mutations";
import { formAction } from "../../_actions/form-action";
import { formFields, type ActionState } from "../../_components/action-state";
import { RESPONSE_FIELDS, responseFormValues, typedValues, type ResponseFormState } from "./response-values";

/**
 * Sets the viewer's organisation's response; the organisation comes from the session, never
 * the form. The answer carries what the form shows next: what was saved (with its new
 * version, so the next save on the same page works), or, after a refusal, what was typed.
 * Someone else saving since this page was loaded is said as such, and what was typed is kept.
 */
export const markResponseAction = formAction<ResponseFormState>({
  failed: (m) => m.account.response.failed,
  conflict: (m) => m.work.response.conflict,
  keepOnRefusal: ({ formData }) => ({ values: typedValues(formData), submission: Date.now() }),
  run: async ({ viewer, formData, m, now }) => {
    const saved = await markResponse(getDb(), viewer, formFields(formData, RESPONSE_FIELDS), now);
    revalidatePath(`/items/${saved.itemId}`);
    return { status: "ok", message: m.account.response.saved, values: responseFormValues(saved), submission: Date.now() };
  },
});

export const removeResponseAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  conflict: (m) => m.work.response.conflict,
  run: async ({ viewer, formData, m, now }) => {
    const input = formFields<{ itemId: string; version: string | null }>(formData, ["itemId", "version"]);
    await removeResponse(getDb(), viewer, input, now);
    revalidatePath(`/items/${input.itemId}`);
    return { status: "ok", message: m.account.response.removed };
  },
});
