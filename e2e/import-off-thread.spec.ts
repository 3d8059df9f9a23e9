import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./auth-secret";
import { createUser, signIn } from "./accounts";
import { e2eDatabaseUrlFile } from "./database-file";

// A text read by the importer once held the server: every request waited, and SIGTERM was
// ignored until the read was done. The read now runs in a worker thread.
const ROOT = path.resolve(import.meta.dirname, "..");
const newsletter = fs.readFileSync(path.join(ROOT, "lib/import/fixtures/kom-2024-q4.txt"), "utf8").replace(/\n\s*\n/g, "\n");
/** The newsletter repeated without a blank line, `megabytes` long. */
const longText = (megabytes: number) =>
  Buffer.from(newsletter.repeat(Math.ceil((megabytes * 1e6) / newsletter.length)).slice(0, megabytes * 1e6));

async function startReading(page: Page, megabytes: number, origin = "") {
  await page.goto(`${origin}/import`);
  await page.getByLabel("Fil", { exact: true }).setInputFiles({ name: "lang.txt", mimeType: "text/plain", buffer: longText(megabytes) });
  await page.getByRole("button", { name: "Les inn" }).click();
  await expect(page.getByRole("button", { name: "Leser …" })).toBeVisible();
}

test("the server answers other requests while an import is read", async ({ page, request }) => {
  test.setTimeout(120_000);
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await startReading(page, 8);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  // Health answered while the text was still being read: the read does not hold the server.
  await expect(page.getByRole("button", { name: "Leser …" })).toBeVisible({ timeout: 1 });
  await expect(page.getByRole("status")).toHaveText(/^Fant \d+ forslag/, { timeout: 90_000 });
});

test("the server stops on SIGTERM in the middle of an import", async ({ page }) => {
  test.setTimeout(180_000);
  const port = String(Number(process.env.E2E_PORT ?? 3100) + 77);
  const databaseUrl = fs.readFileSync(e2eDatabaseUrlFile(process.env.E2E_PORT ?? "3100"), "utf8").trim();
  // A second server from the same build and database, so stopping it leaves the others' alone.
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", port], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: E2E_AUTH_SECRET,
      FRISTVAKT_IMPORT_TIME_LIMIT_S: "600",
    },
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    const origin = `http://localhost:${port}`;
    await expect
      .poll(async () => (await page.request.get(`${origin}/api/health`).catch(() => null))?.status(), { timeout: 60_000 })
      .toBe(200);
    const editor = await createUser("EDITOR");
    await signIn(page, editor.email);
    // 19 MB takes the reader many seconds; the server must not wait for it.
    await startReading(page, 19, origin);
    await page.waitForTimeout(2_000);
    server.kill("SIGTERM");
    const stoppedInTime = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 8_000)),
    ]);
    expect(stoppedInTime).toBe(true);
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
});

test("the import review says how sure each proposal is and why, the doubtful ones first", async ({ page }) => {
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await page.goto("/import");
  const tag = `Sikkerhet${Date.now().toString(36)}`;
  await page
    .getByLabel("Tekst")
    .fill(
      `Seminar om ${tag}\n\nInstituttet holder seminar om ${tag} 12. februar kl. 12.00–14.00.\n\nHøringsfrist for ${tag} er fredag 7. mars.\n`,
    );
  await page.getByRole("button", { name: "Les inn" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Fant 2 forslag/);
  const rows = page.locator(".proposal-table tbody tr");
  await expect(rows.filter({ hasText: "Usikker" })).toContainText("året er ikke avgjort av teksten");
  await expect(rows.filter({ hasText: "Sikker" }).filter({ hasNotText: "Usikker" })).toContainText("ukedagen passer bare med dette året");
  await expect(page.getByText("1 av forslagene er usikkert: sjekk det først.")).toBeVisible();
});
