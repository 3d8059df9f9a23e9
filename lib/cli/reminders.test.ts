// `npm run reminders` as cron runs it: two processes at once against one database send each
// e-mail once; without SMTP settings the e-mails land as .eml files in the outbox.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { startTestSmtpServer } from "../dev/testing/smtp";
import { BASE_URL, createScenario, NOW, SECRET, smtpEnv } from "../dev/testing/reminder-scenario";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runReminders(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/reminders.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, FRISTVAKT_SMTP_URL: "", SMTP_HOST: "", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm run reminders", () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-reminders-"));
    env = {
      DATABASE_URL: database.url,
      FRISTVAKT_NOW: NOW.toISOString(),
      FRISTVAKT_PUBLIC_URL: BASE_URL,
      AUTH_SECRET: SECRET,
      FRISTVAKT_DATA_DIR: dataDir,
    };
  });
  afterEach(async () => {
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints its usage with --help and refuses unknown arguments", async () => {
    expect(await runReminders(["--help"], env)).toMatchObject({ code: 0, output: expect.stringContaining("Usage: npm run reminders") });
    expect(await runReminders(["--sometimes"], env)).toMatchObject({
      code: 2,
      output: expect.stringContaining('Unknown argument "--sometimes"'),
    });
  });

  it("sends each e-mail once when two processes run at the same time", async () => {
    const { expectedCount } = await createScenario(database.db);
    const smtp = await startTestSmtpServer({ delayMs: 30 });
    try {
      const runs = await Promise.all([
        runReminders(["--once"], { ...env, ...smtpEnv(smtp.port) }),
        runReminders(["--once"], { ...env, ...smtpEnv(smtp.port) }),
      ]);
      for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
      expect(runs.map((run) => run.output).join("\n")).toMatch(/E-mails go out through SMTP at 127\.0\.0\.1/);
      const ids = smtp.messages.map((mail) => mail.messageId);
      expect(ids).toHaveLength(expectedCount);
      expect(new Set(ids).size).toBe(expectedCount);
      expect(await database.db.sentEmail.count({ where: { status: "SENT", attempts: 1 } })).toBe(expectedCount);
    } finally {
      await smtp.stop();
    }
  });

  it("writes .eml files to the outbox without SMTP settings, each once", async () => {
    const { expectedCount, kari } = await createScenario(database.db);
    const first = await runReminders(["--once"], env);
    expect(first.output).toContain(`e-mails are written as .eml files to ${path.join(dataDir, "outbox")}/`);
    expect(first.output).toContain(`sent ${expectedCount}`);
    await runReminders([], env);
    const files = fs.readdirSync(path.join(dataDir, "outbox")).filter((name) => name.endsWith(".eml"));
    expect(files).toHaveLength(expectedCount);
    // They hold unsubscribe links: for the app's own user only.
    for (const name of files) expect(fs.statSync(path.join(dataDir, "outbox", name)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dataDir, "outbox")).mode & 0o777).toBe(0o700);
    const all = files.map((name) => fs.readFileSync(path.join(dataDir, "outbox", name), "utf8")).join("\n");
    expect(all).toContain(`To: ${kari.email}`);
    expect(all).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });
});
