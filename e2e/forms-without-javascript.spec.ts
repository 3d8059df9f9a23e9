import { expect, test, type Browser } from "@playwright/test";
import { createOrganisationRow, createUserRow } from "../lib/dev/testing/factories";
import type { Role } from "../lib/auth/viewer-types";
import { signIn } from "./accounts";
import { e2eDb } from "./database";

// With JavaScript switched off each form posts to its action and the answer is a whole new
// page: a refusal must still show what was typed, and every button must do what it says.

async function withoutJavaScript(browser: Browser, role: Role) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const user = await createUserRow(e2eDb(), { role, name: `${role} ${Date.now()}` });
  await signIn(page, user.email);
  return { context, page };
}

test("a refused invitation keeps the name and address an admin typed", async ({ browser }) => {
  const organisation = await createOrganisationRow(e2eDb(), { name: `Stiftelsen Kompass ${Date.now()}` });
  const { context, page } = await withoutJavaScript(browser, "ADMIN");
  const name = `Ingrid Haugland ${Date.now()}`;
  const email = `ingrid.${Date.now()}@example.org`;
  await page.goto("/admin");
  await page.locator("#user-name").fill(name);
  await page.locator("#user-email").fill(email);
  await page.getByRole("button", { name: "Send invitasjon", exact: true }).click();

  const invite = page.locator("form", { has: page.locator("#user-email") });
  await expect(invite.locator(".field-error")).toHaveText("Et medlem må høre til en organisasjon.");
  await expect(page.locator("#user-name")).toHaveValue(name);
  await expect(page.locator("#user-email")).toHaveValue(email);

  await page.locator("#user-organisation").selectOption({ label: organisation.name });
  await page.getByRole("button", { name: "Send invitasjon", exact: true }).click();
  await expect(invite.locator(".notice[role=status]")).toBeVisible();
  expect(await e2eDb().user.count({ where: { email, organisationId: organisation.id } })).toBe(1);
  await context.close();
});

test("an admin deactivates a user without JavaScript, after being asked", async ({ browser }) => {
  const user = await createUserRow(e2eDb(), { role: "MEMBER", name: `Per Pedersen ${Date.now()}` });
  const { context, page } = await withoutJavaScript(browser, "ADMIN");
  await page.goto("/admin");
  const row = page.getByRole("row", { name: new RegExp(user.name) });
  await expect(row.getByRole("button", { name: "Ja, deaktiver" })).toBeHidden();
  await row.getByText("Deaktiver", { exact: true }).click();
  await expect(row.getByText(`Deaktivere ${user.name}?`)).toBeVisible();
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  await row.getByRole("button", { name: "Ja, deaktiver" }).click();
  await expect(page.getByRole("row", { name: new RegExp(user.name) }).getByRole("button", { name: "Aktiver", exact: true })).toBeVisible();
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
  await context.close();
});

test("a refused source keeps its address and name, with the problem beside the address", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, "EDITOR");
  await page.goto("/sources");
  const form = page.locator("form", { has: page.locator("select[name=type]") });
  await form.getByLabel("Adresse").fill("ftp://partner.example.org/kurs.ics");
  await form.getByLabel("Navn (valgfritt)").fill("Partnerens kurs");
  await form.getByLabel("Modus").selectOption("publish");
  await form.getByRole("button", { name: "Legg til kilde" }).click();

  const refused = page.locator("form", { has: page.locator("select[name=type]") });
  await expect(refused.locator(".notice[role=alert]")).toHaveText("Kunne ikke lagre. Se feltene under.");
  await expect(refused.locator("#add-source-url-error")).not.toBeEmpty();
  await expect(refused.getByLabel("Adresse")).toHaveAccessibleDescription(/https:\/\//);
  await expect(refused.getByLabel("Adresse")).toHaveValue("ftp://partner.example.org/kurs.ics");
  await expect(refused.getByLabel("Navn (valgfritt)")).toHaveValue("Partnerens kurs");
  await expect(refused.getByLabel("Modus")).toHaveValue("publish");
  expect(await e2eDb().polledSource.count({ where: { url: "ftp://partner.example.org/kurs.ics" } })).toBe(0);
  await context.close();
});
