"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import type { RelevanceTermInput, SourceInput, SourceUpdateInput } from "@/lib/sources/schemas";
import { addRelevanceTerm, addSource, removeRelevanceTerm, updateSource } from "@/lib/sources/source-mutations";
import { formFields, type ActionState } from "../_components/action-state";
import { failureFor } from "../_components/action-state";

// lib refuses anyone but editors and admins; the page shows these forms only to them.

export async function addSourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await addSource(
      getDb(),
      viewer,
      formFields<SourceInput>(formData, ["type", "url", "name", "mode", "pollIntervalMinutes"]),
      currentTime(),
    );
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.added };
  } catch (error) {
    return failureFor(error, m, m.sources.list.failed);
  }
}

export async function updateSourceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const fields = formFields<Record<string, string | null>>(formData, ["id", "name", "mode", "pollIntervalMinutes"]);
    const input = { ...fields, isEnabled: formData.get("isEnabled") === "on" } as unknown as SourceUpdateInput;
    await updateSource(getDb(), viewer, input, currentTime());
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.saved };
  } catch (error) {
    return failureFor(error, m, m.sources.list.failed);
  }
}

export async function addTermAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await addRelevanceTerm(getDb(), viewer, formFields<RelevanceTermInput>(formData, ["kind", "term"]), currentTime());
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.saved };
  } catch (error) {
    return failureFor(error, m, m.sources.list.failed);
  }
}

export async function removeTermAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await removeRelevanceTerm(getDb(), viewer, String(formData.get("id") ?? ""), currentTime());
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.saved };
  } catch (error) {
    return failureFor(error, m, m.sources.list.failed);
  }
}
