"use server";

import { acceptInvitation } from "@/lib/auth/invitation";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { failureFor, type ActionState } from "../../_components/action-state";

/** Needs no session: the invitation's token is the proof. */
export async function acceptInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { m, t } = await getI18n();
  const text = (name: string) => String(formData.get(name) ?? "");
  try {
    const { email } = await acceptInvitation(
      getDb(),
      { token: text("token"), name: text("name"), password: text("password"), repeatPassword: text("repeatPassword") },
      currentTime(),
    );
    return { status: "ok", message: t(m.account.passwordPages.inviteDone, { email }) };
  } catch (error) {
    return failureFor(error, m, m.account.passwordPages.failed);
  }
}
