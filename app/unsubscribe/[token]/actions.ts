"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { isAppError } from "@/lib/errors";
import { unsubscribeSecretFromEnv } from "@/lib/reminders/app-secret";
import { unsubscribeByToken } from "@/lib/reminders/unsubscribe";

/**
 * Needs no session: the signed token in the e-mail's link names the user and what to stop.
 * Only a POST (this action) changes anything; the page a link opens only asks. Not a form
 * action (app/_actions/form-action.ts): it answers with the page, not a sentence.
 */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  try {
    await unsubscribeByToken(getDb(), unsubscribeSecretFromEnv(), token, currentTime());
  } catch (error) {
    // An invalid link: the page shows why when it renders again.
    if (!isAppError(error)) throw error;
  }
  revalidatePath(`/unsubscribe/${token}`);
}
