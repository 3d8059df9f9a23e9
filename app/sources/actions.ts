"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import type { RelevanceTermInput, SourceInput, SourceUpdateInput } from "@/lib/sources/schemas";
import { addRelevanceTerm, addSource, removeRelevanceTerm, updateSource } from "@/lib/sources/source-mutations";
import { formAction } from "../_actions/form-action";
import { formFields, type ActionState } from "../_components/action-state";

// lib refuses anyone but editors and admins; the page shows these forms only to them.

export const addSourceAction = formAction<ActionState>({
  failed: (m) => m.sources.list.failed,
  run: async ({ viewer, formData, m, now }) => {
    await addSource(getDb(), viewer, formFields<SourceInput>(formData, ["type", "url", "name", "mode", "pollIntervalMinutes"]), now);
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.added };
  },
});

export const updateSourceAction = formAction<ActionState>({
  failed: (m) => m.sources.list.failed,
  run: async ({ viewer, formData, m, now }) => {
    const fields = formFields<Record<string, string | null>>(formData, ["id", "name", "mode", "pollIntervalMinutes"]);
    const input = { ...fields, isEnabled: formData.get("isEnabled") === "on" } as unknown as SourceUpdateInput;
    await updateSource(getDb(), viewer, input, now);
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.saved };
  },
});

export const addTermAction = formAction<ActionState>({
  failed: (m) => m.sources.list.failed,
  run: async ({ viewer, formData, m, now }) => {
    await addRelevanceTerm(getDb(), viewer, formFields<RelevanceTermInput>(formData, ["kind", "term"]), now);
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.saved };
  },
});

export const removeTermAction = formAction<ActionState>({
  failed: (m) => m.sources.list.failed,
  run: async ({ viewer, formData, m, now }) => {
    await removeRelevanceTerm(getDb(), viewer, String(formData.get("id") ?? ""), now);
    revalidatePath("/sources");
    return { status: "ok", message: m.sources.list.saved };
  },
});
