"use server";

import "server-only";
import { acceptInvitation } from "@/lib/accounts/invitation";
import { getDb } from "@/lib/db/client";
import { tokenFormAction } from "../../_actions/form-action";
import type { ActionState } from "../../_components/action-state";

/** Needs no session: the invitation's token is the proof. */
export const acceptInvitationAction = tokenFormAction<ActionState>({
  failed: (m) => m.account.passwordPages.failed,
  run: async ({ formData, m, t, now }) => {
    const text = (name: string) => String(formData.get(name) ?? "");
    const { email } = await acceptInvitation(
      getDb(),
      { token: text("token"), name: text("name"), password: text("password"), repeatPassword: text("repeatPassword") },
      now,
    );
    return { status: "ok", message: t(m.account.passwordPages.inviteDone, { email }) };
  },
});
