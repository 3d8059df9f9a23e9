// The e-mails the e2e server wrote to its outbox folder (no SMTP settings in tests), parsed,
// so a test can follow the link a person would get.
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { e2eDatabaseUrlFile } from "./database-file";

function outboxDir(): string {
  return fs.readFileSync(`${e2eDatabaseUrlFile(process.env.E2E_PORT ?? "3100")}.outbox`, "utf8").trim();
}

export async function emailsTo(address: string): Promise<ParsedMail[]> {
  const dir = outboxDir();
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort((a, b) => fs.statSync(path.join(dir, a)).mtimeMs - fs.statSync(path.join(dir, b)).mtimeMs);
  const mails = await Promise.all(files.map((name) => simpleParser(fs.readFileSync(path.join(dir, name)))));
  return mails.filter((mail) => mail.to && JSON.stringify(mail.to).toLowerCase().includes(address.toLowerCase()));
}

/** Waits for the `count`-th e-mail to `address` and returns the link in it that matches `pattern`. */
export async function waitForLink(address: string, pattern: RegExp, count = 1): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const mails = await emailsTo(address);
    const links = mails.flatMap((mail) => (mail.text ?? "").match(new RegExp(pattern.source, "g")) ?? []);
    if (links.length >= count) return new URL(links[count - 1]).pathname;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No e-mail with a link like ${pattern} reached ${address}.`);
}
