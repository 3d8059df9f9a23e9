"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { createOrganisation } from "@/lib/organisations/mutations";
import { createUser, disableUser, enableUser, setUserRole } from "@/lib/organisations/user-mutations";
import { failureFor, formFields, type ActionState } from "../../_components/action-state";

// Every action asks lib, which refuses anyone but an admin; the page's own check is a courtesy.

export async function createOrganisationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const fields = formFields(formData, ["name"]);
    await createOrganisation(getDb(), viewer, { name: fields.name ?? "", isResponsesPublic: formData.get("isResponsesPublic") === "on" }, currentTime());
    revalidatePath("/admin");
    return { status: "ok", message: m.account.admin.saved };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const fields = formFields<Parameters<typeof createUser>[2]>(formData, ["email", "name", "password", "role", "organisationId"]);
    await createUser(getDb(), viewer, { ...fields, organisationId: fields.organisationId || null }, currentTime());
    revalidatePath("/admin");
    return { status: "ok", message: m.account.admin.saved };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function setUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await setUserRole(getDb(), viewer, formFields(formData, ["userId", "role"]), currentTime());
    revalidatePath("/admin");
    return { status: "ok", message: m.account.admin.saved };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function setUserDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const change = formData.get("disable") === "true" ? disableUser : enableUser;
    await change(getDb(), viewer, formFields(formData, ["userId"]), currentTime());
    revalidatePath("/admin");
    return { status: "ok", message: m.account.admin.saved };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}
