"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { privateFeedUrl } from "@/lib/feeds/private-feed-url";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { getI18n } from "@/lib/i18n/server";
import { createFeedToken, revokeFeedToken } from "@/lib/organisations/feed-tokens";
import { failureFor, formFields, type ActionState } from "../../../_components/action-state";
import { answerRefusal } from "../../../_components/refusal";

/** Creates a private feed link; its address is shown this once and never stored. */
export async function createFeedLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const { token } = await createFeedToken(getDb(), viewer, formFields(formData, ["name"]), currentTime());
    revalidatePath("/my/feeds");
    return { status: "ok", message: m.account.feeds.created, detail: privateFeedUrl(publicBaseUrlFromEnv(), token) };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function revokeFeedLinkAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  await revokeFeedToken(getDb(), viewer, formFields(formData, ["feedTokenId"]), currentTime()).catch(answerRefusal);
  revalidatePath("/my/feeds");
}
