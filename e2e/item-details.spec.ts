import { expect, test } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { createMember, createUser, signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

test("the change log reads as sentences with full dates, in the viewer's language", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-12-10" });
  const editor = await createUser("EDITOR");
  await db.auditEvent.create({
    data: {
      at: new Date("2024-11-02T09:15:00Z"),
      actorUserId: editor.id,
      entityType: "item",
      entityId: item.id,
      action: "create",
      changes: { kind: [null, "HEARING"], isOnline: [null, false], deadline: [null, "2026-01-15"], title: [null, item.title] },
    },
  });
  await db.auditEvent.create({
    data: {
      at: new Date("2024-11-20T13:40:00Z"),
      actorUserId: editor.id,
      entityType: "item",
      entityId: item.id,
      action: "update",
      changes: { deadline: ["2026-01-15", "2025-12-10"], isOnline: [false, true] },
    },
  });
  await signIn(page, editor.email);
  await page.goto(`/items/${item.id}`);
  const log = page.getByRole("region", { name: "Endringslogg" });
  await expect(log).toContainText("Fristen ble fremskyndet fra 15. januar 2026 til 10. desember 2025");
  await expect(log).toContainText("Saken ble opprettet");
  await expect(log).toContainText("Digitalt: endret fra nei til ja");
  await expect(log).toContainText("Type: Høring");
  await expect(log).not.toContainText("isOnline");
  await expect(log).not.toContainText("kind:");
  await expect(log).not.toContainText("update");
  expect(await findSeriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("region", { name: "History" })).toContainText(
    "The deadline was brought forward from 15 January 2026 to 10 December 2025",
  );
});

test("an actor whose name is its short name is not named twice, and one item is not 'saker'", async ({ page }) => {
  const db = e2eDb();
  const stamp = Date.now().toString(36).toUpperCase();
  const actor = await createActor(db, { slug: `greta-${stamp.toLowerCase()}`, shortName: `GRETA${stamp}`, name: `GRETA${stamp}` });
  const item = await createItem(db, { actorId: actor.id, deadline: "2025-02-01" });
  await page.goto(`/items/${item.id}`);
  await expect(page.locator("dl.facts")).not.toContainText(`(GRETA${stamp})`);
  await page.goto("/actors");
  const row = page.locator("li", { hasText: `GRETA${stamp}` });
  await expect(row).toContainText("1 sak");
  await expect(row).not.toContainText("1 saker");
  await expect(row).not.toContainText(`(GRETA${stamp})`);
  await page.goto(`/actors/${actor.slug}`);
  await expect(page.locator(".result-count")).toHaveText(/^1 sak\b/);
});

test("the favicon is served", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
});

test("cancelling an item asks for confirmation first, also without JavaScript", async ({ browser }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-02-01" });
  const editor = await createUser("EDITOR");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, editor.email);
  await page.goto(`/items/${item.id}`);
  await page.getByLabel("Grunn").fill("Høringen er trukket tilbake.");
  await page.getByRole("button", { name: "Avlys saken" }).click();
  expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).cancelledAt).toBeNull();
  await page.getByLabel("Ja, avlys saken").check();
  await page.getByRole("button", { name: "Avlys saken" }).click();
  await expect.poll(async () => (await db.item.findUniqueOrThrow({ where: { id: item.id } })).cancelledAt).not.toBeNull();
  await context.close();
});

test("stopping sharing asks for confirmation first", async ({ page }) => {
  const { user, organisation } = await createMember({ isResponsesPublic: true });
  await signIn(page, user.email);
  await page.goto("/my");
  await page.getByRole("button", { name: "Slutt å dele våre svar" }).click();
  expect((await e2eDb().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).isResponsesPublic).toBe(true);
  await page.getByLabel("Ja, slutt å dele").check();
  await page.getByRole("button", { name: "Slutt å dele våre svar" }).click();
  await expect
    .poll(async () => (await e2eDb().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).isResponsesPublic)
    .toBe(false);
});
