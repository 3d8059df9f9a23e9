"use server";

import { after } from "next/server";
import { renderPasswordResetEmail } from "@/lib/auth/account-email";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { accountEmailBaseUrl, sendAccountEmail } from "@/lib/auth/send-account-email";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { isLocale } from "@/lib/i18n/locale";
import { getI18n } from "@/lib/i18n/server";
import { failureFor, type ActionState } from "../_components/action-state";

/**
 * The same answer whether or not the address has an account. The e-mail goes out after the
 * answer, so the time the answer takes does not tell either.
 */
export async function requestPasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { m, t, locale } = await getI18n();
  const email = String(formData.get("email") ?? "");
  try {
    const recipient = await requestPasswordReset(getDb(), { email }, currentTime());
    if (recipient) {
      const content = renderPasswordResetEmail(recipient, recipient.token, accountEmailBaseUrl(), isLocale(recipient.locale) ? recipient.locale : locale);
      after(() => sendAccountEmail(recipient.email, content).then(() => undefined));
    }
    return { status: "ok", message: t(m.account.passwordPages.forgotSent, { email: email.trim() }) };
  } catch (error) {
    return failureFor(error, m, m.account.passwordPages.failed);
  }
}
