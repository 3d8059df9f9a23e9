"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { renderInvitationEmail } from "@/lib/auth/account-email";
import { accountEmailBaseUrl, sendAccountEmail } from "@/lib/auth/send-account-email";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { createOrganisation, renameOrganisation, setOrganisationSharingByAdmin } from "@/lib/organisations/mutations";
import { disableUser, enableUser, inviteUser, moveUser, resendInvitation, setUserRole } from "@/lib/organisations/user-mutations";
import type { UserView } from "@/lib/organisations/types";
import { failureFor, formFields, type ActionState } from "../../_components/action-state";

// Every action asks lib, which refuses anyone but an admin; the page's own check is a courtesy.

async function saved(): Promise<ActionState> {
  const { m } = await getI18n();
  revalidatePath("/admin");
  return { status: "ok", message: m.account.admin.saved };
}

export async function createOrganisationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const fields = formFields(formData, ["name"]);
    await createOrganisation(
      getDb(),
      viewer,
      { name: fields.name ?? "", isResponsesPublic: formData.get("isResponsesPublic") === "on" },
      currentTime(),
    );
    return await saved();
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function renameOrganisationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const fields = formFields(formData, ["organisationId", "name"]);
    await renameOrganisation(getDb(), viewer, { organisationId: fields.organisationId ?? "", name: fields.name ?? "" }, currentTime());
    return await saved();
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function setOrganisationSharingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const organisationId = String(formData.get("organisationId") ?? "");
    await setOrganisationSharingByAdmin(
      getDb(),
      viewer,
      { organisationId, isResponsesPublic: formData.get("isResponsesPublic") === "on" },
      currentTime(),
    );
    return await saved();
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

/** Sends the invitation after the answer has gone out, so a slow mail server does not hold the page. */
async function sendInvitation(user: UserView, token: string, adminName: string): Promise<void> {
  const { locale } = await getI18n();
  const content = renderInvitationEmail(user, { adminName, organisationName: user.organisationName }, token, accountEmailBaseUrl(), locale);
  after(() => sendAccountEmail(user.email, content).then(() => undefined));
}

export async function inviteUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m, t } = await getI18n();
  try {
    const fields = formFields<{ email: string; name: string; role: "MEMBER" | "EDITOR" | "ADMIN"; organisationId: string | null }>(
      formData,
      ["email", "name", "role", "organisationId"],
    );
    const { user, token } = await inviteUser(getDb(), viewer, { ...fields, organisationId: fields.organisationId || null }, currentTime());
    await sendInvitation(user, token, viewer.isSignedIn ? viewer.name : "");
    revalidatePath("/admin");
    return { status: "ok", message: t(m.account.admin.invited, { email: user.email }) };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function resendInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m, t } = await getI18n();
  try {
    const { user, token } = await resendInvitation(getDb(), viewer, formFields(formData, ["userId"]), currentTime());
    await sendInvitation(user, token, viewer.isSignedIn ? viewer.name : "");
    return { status: "ok", message: t(m.account.admin.invited, { email: user.email }) };
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function setUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await setUserRole(getDb(), viewer, formFields(formData, ["userId", "role"]), currentTime());
    return await saved();
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}

export async function moveUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const fields = formFields(formData, ["userId", "organisationId"]);
    await moveUser(getDb(), viewer, { userId: fields.userId ?? "", organisationId: fields.organisationId || null }, currentTime());
    return await saved();
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
    return await saved();
  } catch (error) {
    return failureFor(error, m, m.account.response.failed);
  }
}
