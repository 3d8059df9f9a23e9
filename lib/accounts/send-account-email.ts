import "server-only";
// Sends an account e-mail (reset link, invitation) straight away, without the reminders'
// queue: the queue keeps an e-mail's text in the database, and these texts hold a secret
// link that must be stored nowhere. If sending fails the person asks again (or the admin
// sends the invitation again); the failure is logged without the link.
import { randomUUID } from "node:crypto";
import { publicBaseUrlFromEnv } from "../feeds/settings";
import { mailSettingsFromEnv } from "../settings/mail";
import { createMailer } from "../mail/mailer";
import type { EmailContent } from "../mail/email-layout";

export function accountEmailBaseUrl(): string {
  return publicBaseUrlFromEnv();
}

export async function sendAccountEmail(to: string, content: EmailContent): Promise<boolean> {
  const settings = mailSettingsFromEnv(publicBaseUrlFromEnv());
  const mailer = createMailer(settings);
  try {
    await mailer.send({ to, ...content, messageId: `<${randomUUID()}@${settings.domain}>` });
    return true;
  } catch (error) {
    console.error(`An account e-mail could not be sent: ${error instanceof Error ? error.message.slice(0, 300) : "unknown error"}`);
    return false;
  } finally {
    mailer.close();
  }
}
