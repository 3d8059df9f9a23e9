"use server";

import "server-only";
import { resetPassword } from "@/lib/accounts/password-reset";
import { getDb } from "@/lib/db/client";
import { tokenFormAction } from "../../_actions/form-action";
import type { ActionState } from "../../_components/action-state";

/** Needs no session: the link's token is the proof. */
export const resetPasswordAction = tokenFormAction<ActionState>({
  failed: (m) => m.account.passwordPages.failed,
  run: async ({ formData, m, now }) => {
    const text = (name: string) => String(formData.get(name) ?? "");
    await resetPassword(getDb(), { token: text("token"), password: text("password"), repeatPassword: text("repeatPassword") }, now);
    return { status: "ok", message: m.account.passwordPages.resetDone };
  },
});
