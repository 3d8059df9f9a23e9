"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { privateFeedUrl } from "@/lib/feeds/private-feed-url";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { createFeedToken, revokeFeedToken } from "@/lib/organisations/feed-tokens";
import { formAction } from "../../../_actions/form-action";
import { formFields, type ActionState } from "../../../_components/action-state";
import { answerRefusal } from "../../../_components/refusal";

/** Creates a private feed link; its address is shown this once and never stored. */
export const createFeedLinkAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    const { token } = await createFeedToken(getDb(), viewer, formFields(formData, ["name"]), now);
    revalidatePath("/my/feeds");
    return { status: "ok", message: m.account.feeds.created, detail: privateFeedUrl(publicBaseUrlFromEnv(), token) };
  },
});

/** Not a form action: a button on the list whose refusal answers with a page (answerRefusal). */
export async function revokeFeedLinkAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  await revokeFeedToken(getDb(), viewer, formFields(formData, ["feedTokenId"]), currentTime()).catch(answerRefusal);
  revalidatePath("/my/feeds");
}
