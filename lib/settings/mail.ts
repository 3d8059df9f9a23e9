// Where e-mail goes, from the environment. With FRISTVAKT_SMTP_URL or SMTP_HOST it goes out
// over SMTP; without either (a fresh machine) each e-mail is written as an .eml file to the
// outbox folder, so nothing needs configuring to try Fristvakt. Pure.
import path from "node:path";
import { dataDirFromEnv } from "./data-dir";
import { portFromText } from "./port";
import type { Env } from "./whole-number";

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

export type MailSettings =
  { kind: "smtp"; smtp: SmtpOptions; from: string; domain: string } | { kind: "outbox"; dir: string; from: string; domain: string };

function fail(message: string): never {
  throw new Error(message);
}

function parseSecure(raw: string | undefined, port: number): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value) return port === 465;
  if (["true", "1", "yes"].includes(value)) return true;
  if (["false", "0", "no"].includes(value)) return false;
  return fail(`SMTP_SECURE must be true or false, not "${raw}".`);
}

function smtpFromUrl(raw: string): SmtpOptions {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(
      `FRISTVAKT_SMTP_URL must be an address such as smtp://user:password@smtp.example.org:587, not "${raw.replace(/:[^:@/]*@/, ":***@")}".`,
    );
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") fail("FRISTVAKT_SMTP_URL must start with smtp:// or smtps://.");
  const secure = url.protocol === "smtps:";
  const port = portFromText(url.port, secure ? 465 : 587, "The port in FRISTVAKT_SMTP_URL");
  const user = decodeURIComponent(url.username);
  return { host: url.hostname, port, secure, ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}) };
}

function smtpFromParts(env: Env, host: string): SmtpOptions {
  const port = portFromText(env.SMTP_PORT, 587, "SMTP_PORT");
  const user = env.SMTP_USER?.trim();
  return { host, port, secure: parseSecure(env.SMTP_SECURE, port), ...(user ? { auth: { user, pass: env.SMTP_PASS ?? "" } } : {}) };
}

/** The host of the public address, for the sender's default address and Message-IDs. */
function domainOf(publicUrl: string): string {
  return new URL(publicUrl).hostname || "localhost";
}

export function mailSettingsFromEnv(publicUrl: string, env: Env = process.env): MailSettings {
  const domain = domainOf(publicUrl);
  const from = env.FRISTVAKT_MAIL_FROM?.trim() || `Fristvakt <no-reply@${domain}>`;
  if (/[\r\n]/.test(from)) fail("FRISTVAKT_MAIL_FROM must be one line.");
  const url = env.FRISTVAKT_SMTP_URL?.trim();
  const host = env.SMTP_HOST?.trim();
  if (url) return { kind: "smtp", smtp: smtpFromUrl(url), from, domain };
  if (host) return { kind: "smtp", smtp: smtpFromParts(env, host), from, domain };
  return { kind: "outbox", dir: path.join(dataDirFromEnv(env), "outbox"), from, domain };
}

/** One line for the start-up log; never shows a password. */
export function describeMailSettings(settings: MailSettings, root = process.cwd()): string {
  if (settings.kind === "smtp") {
    return `E-mails go out through SMTP at ${settings.smtp.host}:${settings.smtp.port} from ${settings.from}.`;
  }
  const shown = path.relative(root, settings.dir).startsWith("..") ? settings.dir : path.relative(root, settings.dir);
  return `No SMTP settings (FRISTVAKT_SMTP_URL or SMTP_HOST): e-mails are written as .eml files to ${shown}/.`;
}
