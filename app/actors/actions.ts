"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { createActor, mergeActors } from "@/lib/items/actor-mutations";
import { formFields, type ActionState } from "../_components/action-state";
import { editorFailure } from "../_components/editor-failure";

// lib refuses anyone but editors and admins; the page shows these forms only to them.

export async function createActorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await createActor(getDb(), viewer, formFields(formData, ["name", "shortName"]), currentTime());
    revalidatePath("/actors");
    return { status: "ok", message: m.editor.actors.created };
  } catch (error) {
    return editorFailure(error, m, m.editor.actors.failed);
  }
}

export async function mergeActorsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await mergeActors(getDb(), viewer, formFields(formData, ["keepId", "removeId"]), currentTime());
    revalidatePath("/", "layout");
    return { status: "ok", message: m.editor.actors.merged };
  } catch (error) {
    return editorFailure(error, m, m.editor.actors.failed);
  }
}
