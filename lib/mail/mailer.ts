// Sends one e-mail over SMTP, or writes it to the outbox folder as an .eml file. Runs in
// `npm start` and `npm run reminders` outside Next.js, so it carries no "server-only" marker.
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailSettings } from "../settings/mail";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * The one-click unsubscribe address for the List-Unsubscribe header (RFC 2369, RFC 8058);
   * absent for an e-mail the recipient asked for (a password link), which is no list.
   */
  unsubscribeUrl?: string;
  /** Fixed per planned e-mail, so a copy sent again after a crash carries the same Message-ID. */
  messageId: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

// Shorter than the sending transaction's limit, so a hung server fails the attempt rather
// than leaving it unknown whether the e-mail went out.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function messageOptions(settings: MailSettings, email: OutgoingEmail): nodemailer.SendMailOptions {
  if (!email.unsubscribeUrl) {
    const { from } = settings;
    return {
      from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      headers: { "Auto-Submitted": "auto-generated" },
    };
  }
  return {
    from: settings.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    list: { unsubscribe: { url: email.unsubscribeUrl, comment: "Unsubscribe" } },
    headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Auto-Submitted": "auto-generated" },
  };
}

export function createMailer(settings: MailSettings): Mailer {
  if (settings.kind === "smtp") {
    const transport = nodemailer.createTransport({ ...settings.smtp, ...SMTP_TIMEOUTS });
    return {
      async send(email) {
        const info = await transport.sendMail(messageOptions(settings, email));
        return { messageId: info.messageId };
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(email) {
      const info = await transport.sendMail(messageOptions(settings, email));
      // The e-mails hold unsubscribe links: readable by the app's user only, like the auth secret.
      // A folder made by an earlier version was world-readable: closing it covers the e-mails already in it.
      fs.mkdirSync(settings.dir, { recursive: true, mode: 0o700 });
      fs.chmodSync(settings.dir, 0o700);
      // Named for the Message-ID: an e-mail written again after a crash replaces its first copy.
      // Written whole under a temporary name first: a reader never sees half an e-mail.
      const name = `${email.messageId.replace(/^<|@.*$/g, "").replace(/[^A-Za-z0-9.-]/g, "_")}.eml`;
      const temporary = path.join(settings.dir, `.${name}.tmp`);
      fs.writeFileSync(temporary, info.message as Buffer, { mode: 0o600 });
      fs.renameSync(temporary, path.join(settings.dir, name));
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
