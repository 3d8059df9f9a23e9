"use server";

import { resetPassword } from "@/lib/auth/password-reset";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { failureFor, type ActionState } from "../../_components/action-state";

/** Needs no session: the link's token is the proof. */
export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { m } = await getI18n();
  const text = (name: string) => String(formData.get(name) ?? "");
  try {
    await resetPassword(
      getDb(),
      { token: text("token"), password: text("password"), repeatPassword: text("repeatPassword") },
      currentTime(),
    );
    return { status: "ok", message: m.account.passwordPages.resetDone };
  } catch (error) {
    return failureFor(error, m, m.account.passwordPages.failed);
  }
}
