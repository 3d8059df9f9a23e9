import { expect, test } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { createMember, createUser, signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

// The app's clock is pinned to 10 January 2025, noon in Oslo. Each test makes its own items,
// with deadlines outside the dashboard's closing-soon window.

async function signInAsEditor(page: import("@playwright/test").Page) {
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  return editor;
}

test("an editor creates a hearing with a new actor, sees its warnings, and extends its deadline", async ({ page, browser }) => {
  const title = `Høring om sesongarbeid ${Date.now()}`;
  await signInAsEditor(page);
  await page.goto("/");
  await page.getByRole("link", { name: "Ny sak" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny sak");
  expect(await findSeriousViolations(page)).toEqual([]);

  await page.getByLabel("Type").selectOption("HEARING");
  await page.getByLabel("…eller ny aktør").fill(`Sesongrådet ${Date.now()}`);
  await page.getByLabel("Sendt dato").fill("2025-02-03");
  await page.getByLabel("Frist", { exact: true }).fill("2025-01-31");
  await page.getByRole("button", { name: "Opprett sak" }).click();
  // The server's messages stand next to their fields, and what was typed stays.
  await expect(page.locator("#item-title-error")).toHaveText("Fyll inn en tittel.");
  await expect(page.locator("#item-deadline-error")).toHaveText("Fristen kan ikke være før datoen saken ble sendt.");
  await expect(page.getByLabel("Sendt dato")).toHaveValue("2025-02-03");

  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Frist", { exact: true }).fill("2025-04-14");
  await page.getByRole("button", { name: "Opprett sak" }).click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".warnings")).toContainText("Fristperioden 3. februar – 14. april overlapper påsken.");

  await page.getByRole("link", { name: "Rediger saken" }).click();
  await expect(page.locator(".item-form .warnings")).toContainText("overlapper påsken");
  await page.getByLabel("Frist", { exact: true }).fill("2025-04-28");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.locator("dl.facts")).toContainText("28. april 2025");
  await expect(page.locator(".deadline-change")).toHaveText("Fristen ble forlenget fra 14. april til 28. april 2025");

  // Everyone sees the move; nobody sees who made it.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(page.url());
  await expect(anonymous.locator(".deadline-change")).toHaveText("Fristen ble forlenget fra 14. april til 28. april 2025");
  await expect(anonymous.getByRole("link", { name: "Rediger saken" })).toHaveCount(0);
  await visitor.close();
});

test("an editor cancels an item: it shows as cancelled and its calendar says CANCELLED, until restored", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-03-03", title: `Avlyses ${Date.now()}` });
  await signInAsEditor(page);
  await page.goto(`/items/${item.id}`);
  await page.getByLabel("Grunn til avlysning").fill("Trukket tilbake av departementet");
  await page.getByLabel("Ja, avlys saken").check();
  await page.getByRole("button", { name: "Avlys saken" }).click();
  await expect(page.locator(".item-meta .status-badge")).toHaveText("Avlyst");
  await expect(page.locator(".notice", { hasText: "Avlyst:" })).toHaveText("Avlyst: Trukket tilbake av departementet");
  const calendar = await (await page.request.get(`/items/${item.id}/calendar.ics`)).text();
  expect(calendar).toContain("STATUS:CANCELLED");
  expect(calendar).toMatch(/SEQUENCE:3\r?\n/);

  await page.getByRole("button", { name: "Gjenopprett saken" }).click();
  await expect(page.locator(".item-meta .status-badge")).toHaveText("Åpen");
  const restored = await (await page.request.get(`/items/${item.id}/calendar.ics`)).text();
  expect(restored).not.toContain("STATUS:CANCELLED");
  expect(restored).toMatch(/SEQUENCE:4\r?\n/);
});

test("an editor merges two actors that are the same body", async ({ page }) => {
  const db = e2eDb();
  const stamp = Date.now();
  const keep = await createActor(db, { slug: `behold-${stamp}`, shortName: `BEHOLD${stamp}`, name: `Beholdes ${stamp}` });
  const remove = await createActor(db, { slug: `fjern-${stamp}`, shortName: `FJERN${stamp}`, name: `Fjernes ${stamp}` });
  const item = await createItem(db, { actorId: remove.id, deadline: "2025-03-04" });
  await signInAsEditor(page);
  await page.goto("/actors");
  await page.getByLabel("Behold").selectOption({ label: `BEHOLD${stamp} – Beholdes ${stamp}` });
  await page.getByLabel("Fjern (duplikat)").selectOption({ label: `FJERN${stamp} – Fjernes ${stamp}` });
  await page.getByRole("button", { name: "Slå sammen" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Aktørene er slått sammen.");
  expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).actorId).toBe(keep.id);
  expect(await db.actor.findUnique({ where: { id: remove.id } })).toBeNull();
});

test("members get 'not found' on the editor's pages and see no editor links", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-03-05" });
  const { user } = await createMember();
  await signIn(page, user.email);
  for (const path of ["/items/new", "/import", `/items/${item.id}/edit`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    // The tab and the screen reader say the same as the page, not the name of the editor's page.
    await expect(page, path).toHaveTitle("Siden finnes ikke – Fristvakt");
  }
  await page.goto(`/items/${item.id}`);
  await expect(page.getByRole("link", { name: "Ny sak" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Avlys saken" })).toHaveCount(0);
  await page.goto("/actors");
  await expect(page.getByRole("button", { name: "Slå sammen" })).toHaveCount(0);
});
