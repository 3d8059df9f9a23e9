"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { createActor, mergeActors } from "@/lib/actors/mutations";
import { formAction } from "../_actions/form-action";
import { formFields, type ActionState } from "../_components/action-state";

// lib refuses anyone but editors and admins; the page shows these forms only to them.

export const createActorAction = formAction<ActionState>({
  failed: (m) => m.editor.actors.failed,
  run: async ({ viewer, formData, m, now }) => {
    await createActor(getDb(), viewer, formFields(formData, ["name", "shortName"]), now);
    revalidatePath("/actors");
    return { status: "ok", message: m.editor.actors.created };
  },
});

export const mergeActorsAction = formAction<ActionState>({
  failed: (m) => m.editor.actors.failed,
  run: async ({ viewer, formData, m, now }) => {
    await mergeActors(getDb(), viewer, formFields(formData, ["keepId", "removeId"]), now);
    revalidatePath("/", "layout");
    return { status: "ok", message: m.editor.actors.merged };
  },
});
