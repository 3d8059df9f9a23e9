"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { renderInvitationEmail } from "@/lib/accounts/account-email";
import type { Role } from "@/lib/auth/viewer-types";
import { accountEmailBaseUrl, sendAccountEmail } from "@/lib/accounts/send-account-email";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { createOrganisation, renameOrganisation, setOrganisationSharingByAdmin } from "@/lib/organisations/mutations";
import { disableUser, enableUser, inviteUser, moveUser, resendInvitation, setUserRole } from "@/lib/organisations/user-mutations";
import type { UserView } from "@/lib/organisations/types";
import { formAction } from "../../_actions/form-action";
import { formFields, type ActionState } from "../../_components/action-state";

// Every action asks lib, which refuses anyone but an admin; the page's own check is a courtesy.

function saved(m: Messages): ActionState {
  revalidatePath("/admin");
  return { status: "ok", message: m.account.admin.saved };
}

export const createOrganisationAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    const fields = formFields(formData, ["name"]);
    await createOrganisation(
      getDb(),
      viewer,
      { name: fields.name ?? "", isResponsesPublic: formData.get("isResponsesPublic") === "on" },
      now,
    );
    return saved(m);
  },
});

export const renameOrganisationAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    const fields = formFields(formData, ["organisationId", "name"]);
    await renameOrganisation(getDb(), viewer, { organisationId: fields.organisationId ?? "", name: fields.name ?? "" }, now);
    return saved(m);
  },
});

export const setOrganisationSharingAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    const organisationId = String(formData.get("organisationId") ?? "");
    await setOrganisationSharingByAdmin(
      getDb(),
      viewer,
      { organisationId, isResponsesPublic: formData.get("isResponsesPublic") === "on" },
      now,
    );
    return saved(m);
  },
});

/** Sends the invitation after the answer has gone out, so a slow mail server does not hold the page. */
function sendInvitation(user: UserView, token: string, adminName: string, locale: Locale): void {
  const content = renderInvitationEmail(user, { adminName, organisationName: user.organisationName }, token, accountEmailBaseUrl(), locale);
  after(() => sendAccountEmail(user.email, content).then(() => undefined));
}

export const inviteUserAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, t, locale, now }) => {
    const fields = formFields<{ email: string; name: string; role: Role; organisationId: string | null }>(formData, [
      "email",
      "name",
      "role",
      "organisationId",
    ]);
    const { user, token } = await inviteUser(getDb(), viewer, { ...fields, organisationId: fields.organisationId || null }, now);
    sendInvitation(user, token, viewer.isSignedIn ? viewer.name : "", locale);
    revalidatePath("/admin");
    return { status: "ok", message: t(m.account.admin.invited, { email: user.email }) };
  },
});

export const resendInvitationAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, t, locale, now }) => {
    const { user, token } = await resendInvitation(getDb(), viewer, formFields(formData, ["userId"]), now);
    sendInvitation(user, token, viewer.isSignedIn ? viewer.name : "", locale);
    return { status: "ok", message: t(m.account.admin.invited, { email: user.email }) };
  },
});

export const setUserRoleAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    await setUserRole(getDb(), viewer, formFields(formData, ["userId", "role"]), now);
    return saved(m);
  },
});

export const moveUserAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    const fields = formFields(formData, ["userId", "organisationId"]);
    await moveUser(getDb(), viewer, { userId: fields.userId ?? "", organisationId: fields.organisationId || null }, now);
    return saved(m);
  },
});

export const setUserDisabledAction = formAction<ActionState>({
  failed: (m) => m.account.response.failed,
  run: async ({ viewer, formData, m, now }) => {
    const change = formData.get("disable") === "true" ? disableUser : enableUser;
    await change(getDb(), viewer, formFields(formData, ["userId"]), now);
    return saved(m);
  },
});
