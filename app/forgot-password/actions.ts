"use server";

import "server-only";
import { after } from "next/server";
import { renderPasswordResetEmail } from "@/lib/accounts/account-email";
import { passwordResetRequestSchema } from "@/lib/accounts/account-schemas";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { accountEmailBaseUrl, sendAccountEmail } from "@/lib/accounts/send-account-email";
import { getDb } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locale";
import { tokenFormAction } from "../_actions/form-action";
import type { ActionState } from "../_components/action-state";

/**
 * The same answer whether or not the address has an account, and at the same moment: the
 * answer goes out first, and looking the address up, issuing the link and sending it happen
 * after it (next/server's after), so the time the answer takes tells nothing either.
 */
export const requestPasswordResetAction = tokenFormAction<ActionState>({
  failed: (m) => m.account.passwordPages.failed,
  run: async ({ formData, m, t, locale, now }) => {
    const { email } = parseInput(passwordResetRequestSchema, { email: String(formData.get("email") ?? "") });
    after(async () => {
      const recipient = await requestPasswordReset(getDb(), { email }, now);
      if (!recipient) return;
      const content = renderPasswordResetEmail(
        recipient,
        recipient.token,
        accountEmailBaseUrl(),
        isLocale(recipient.locale) ? recipient.locale : locale,
      );
      await sendAccountEmail(recipient.email, content);
    });
    return { status: "ok", message: t(m.account.passwordPages.forgotSent, { email }) };
  },
});
