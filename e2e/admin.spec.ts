import { expect, test, type Page } from "@playwright/test";
import { createOrganisationRow, createUserRow } from "../lib/dev/testing/factories";
import { signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";
import { waitForLink } from "./outbox";

async function signInAsAdmin(page: Page, locale: "nb" | "en" | null = null) {
  const admin = await createUserRow(e2eDb(), { role: "ADMIN", name: `Admin ${Date.now()}` });
  if (locale) await e2eDb().user.update({ where: { id: admin.id }, data: { locale } });
  await signIn(page, admin.email);
  return admin;
}

test("each refusal on the admin page names its cause, and the form keeps what was typed", async ({ page }) => {
  const taken = await createOrganisationRow(e2eDb(), { name: `Kirkens Bymisjon ${Date.now()}` });
  const existing = await createUserRow(e2eDb(), { organisationId: taken.id });
  // A name of this test's own: other tests run beside it on the same database.
  const newName = `Kari Nordmann ${Date.now()}`;
  await signInAsAdmin(page);
  await page.goto("/admin");
  expect(await findSeriousViolations(page)).toEqual([]);

  const newOrganisation = page.locator("form", { has: page.locator("#organisation-name") });
  await page.locator("#organisation-name").fill(taken.name);
  await newOrganisation.getByRole("button", { name: "Opprett" }).click();
  await expect(newOrganisation.locator(".notice[role=alert]")).toHaveText("Det finnes allerede en organisasjon med dette navnet.");
  await expect(page.locator("#organisation-name")).toHaveValue(taken.name);

  const invite = page.locator("form", { has: page.locator("#user-email") });
  await page.locator("#user-name").fill(newName);
  await page.locator("#user-email").fill(existing.email.toUpperCase());
  await page.locator("#user-organisation").selectOption({ label: taken.name });
  await invite.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(invite.locator(".notice[role=alert]")).toHaveText("Det finnes allerede en bruker med denne e-postadressen.");
  await expect(page.locator("#user-name")).toHaveValue(newName);
  await expect(page.locator("#user-organisation")).toHaveValue(taken.id);

  // A member without an organisation: the form stays filled in and says which field is wrong.
  await page.locator("#user-email").fill(`kari.${Date.now()}@example.org`);
  await page.locator("#user-organisation").selectOption({ label: "Ingen" });
  await invite.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(invite.locator(".notice[role=alert]")).toHaveText("Kunne ikke lagre. Se feltene under.");
  await expect(invite.locator(".field-error")).toHaveText("Et medlem må høre til en organisasjon.");
  await expect(page.locator("#user-name")).toHaveValue(newName);
  expect(await e2eDb().user.count({ where: { name: newName } })).toBe(0);
});

test("an English page shows English refusals, field problems from lib included", async ({ page }) => {
  const taken = await createOrganisationRow(e2eDb(), { name: `Salvation Army ${Date.now()}` });
  await signInAsAdmin(page, "en");
  await page.goto("/admin");
  const form = page.locator("form", { has: page.locator("#organisation-name") });
  await page.locator("#organisation-name").fill(taken.name);
  await form.getByRole("button", { name: "Create" }).click();
  await expect(form.locator(".notice[role=alert]")).toHaveText("An organisation with this name already exists.");
  await page.locator("#organisation-name").fill("A");
  await form.getByRole("button", { name: "Create" }).click();
  await expect(form.locator(".field-error")).toHaveText("The name must have at least 2 characters.");
  await expect(page.locator("#organisation-name")).toHaveValue("A");
});

test("in English, deactivating is called deactivating at every step", async ({ page }) => {
  const organisation = await createOrganisationRow(e2eDb());
  const user = await createUserRow(e2eDb(), { organisationId: organisation.id, name: `Ola Nordmann ${Date.now()}` });
  await signInAsAdmin(page, "en");
  await page.goto("/admin");
  const row = page.getByRole("row", { name: new RegExp(user.name) });
  await row.getByText("Deactivate", { exact: true }).click();
  await expect(row.getByText(`Deactivate ${user.name}?`)).toBeVisible();
  await row.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(row.getByRole("button", { name: "Activate", exact: true })).toBeVisible();
  await expect(row).toContainText("(Deactivated)");
});

test("the role list shows the saved role, and deactivating asks first", async ({ page }) => {
  const organisation = await createOrganisationRow(e2eDb());
  const user = await createUserRow(e2eDb(), { organisationId: organisation.id, name: `Ola Redaktør ${Date.now()}` });
  await signInAsAdmin(page);
  await page.goto("/admin");
  const row = page.getByRole("row", { name: new RegExp(user.name) });
  await row.getByLabel(`Rollen til ${user.name}`).selectOption({ label: "Redaktør" });
  await row.getByRole("button", { name: "Endre rolle" }).click();
  await expect(row.locator(".notice[role=status]")).toHaveText("Lagret.");
  await expect(row.getByLabel(`Rollen til ${user.name}`)).toHaveValue("EDITOR");

  await row.getByText("Deaktiver", { exact: true }).click();
  await expect(row.getByText(`Deaktivere ${user.name}?`)).toBeVisible();
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  await row.getByRole("button", { name: "Avbryt" }).click();
  await expect(row.getByText(`Deaktivere ${user.name}?`)).toBeHidden();
  await row.getByText("Deaktiver", { exact: true }).click();
  await row.getByRole("button", { name: "Ja, deaktiver" }).click();
  await expect(row.getByRole("button", { name: "Aktiver", exact: true })).toBeVisible();
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
  await expect(row.getByLabel(`Rollen til ${user.name}`)).toHaveValue("EDITOR");
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(user.name) }).getByLabel(`Rollen til ${user.name}`)).toHaveValue("EDITOR");
});

test("an admin renames an organisation, changes its sharing and moves a user", async ({ page }) => {
  const from = await createOrganisationRow(e2eDb(), { name: `Gammelt navn ${Date.now()}` });
  const to = await createOrganisationRow(e2eDb(), { name: `Mottaker ${Date.now()}` });
  const other = await createOrganisationRow(e2eDb(), { name: `Opptatt navn ${Date.now()}` });
  const user = await createUserRow(e2eDb(), { organisationId: from.id, name: `Flyttes ${Date.now()}` });
  await signInAsAdmin(page);
  await page.goto("/admin");

  // Found by id: the label follows the saved name, which this test changes.
  const name = page.locator(`#organisation-name-${from.id}`);
  const renameForm = page.locator("form", { has: name });
  await name.fill(other.name);
  await renameForm.getByRole("button", { name: "Lagre navn" }).click();
  await expect(renameForm.locator(".notice[role=alert]")).toHaveText("Det finnes allerede en organisasjon med dette navnet.");
  await expect(name).toHaveValue(other.name);
  const newName = `Nytt navn ${Date.now()}`;
  await name.fill(newName);
  await renameForm.getByRole("button", { name: "Lagre navn" }).click();
  await expect(renameForm.locator(".notice[role=status]")).toHaveText("Lagret.");
  expect((await e2eDb().organisation.findUniqueOrThrow({ where: { id: from.id } })).name).toBe(newName);

  const sharing = page.getByLabel(`${newName} deler svar`);
  await sharing.check();
  await page.locator("form", { has: sharing }).getByRole("button", { name: "Lagre deling" }).click();
  await expect(page.locator("form", { has: sharing }).locator(".notice[role=status]")).toHaveText("Lagret.");
  expect((await e2eDb().organisation.findUniqueOrThrow({ where: { id: from.id } })).isResponsesPublic).toBe(true);

  const row = page.getByRole("row", { name: new RegExp(user.name) });
  await row.getByLabel(`Organisasjonen til ${user.name}`).selectOption({ label: "Ingen" });
  await row.getByRole("button", { name: "Flytt" }).click();
  await expect(row.locator(".field-error")).toHaveText("Et medlem må høre til en organisasjon.");
  await row.getByLabel(`Organisasjonen til ${user.name}`).selectOption({ label: to.name });
  await row.getByRole("button", { name: "Flytt" }).click();
  await expect(row.locator(".notice[role=status]")).toHaveText("Lagret.");
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).organisationId).toBe(to.id);
});

test("an invited user chooses a password from the e-mailed link and signs in; the link works once", async ({ page, browser }) => {
  const organisation = await createOrganisationRow(e2eDb(), { name: `Invitasjon ${Date.now()}` });
  await signInAsAdmin(page);
  await page.goto("/admin");
  const email = `nora.${Date.now()}@example.org`;
  await page.locator("#user-name").fill("Nora Nordmann");
  await page.locator("#user-email").fill(email);
  await page.locator("#user-organisation").selectOption({ label: organisation.name });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.locator(".notice[role=status]").filter({ hasText: "Invitasjonen er sendt" })).toHaveText(
    `Invitasjonen er sendt til ${email}.`,
  );
  await expect(page.locator("#user-name")).toHaveValue("");
  await expect(page.getByRole("row", { name: /Nora Nordmann/ })).toContainText("har ikke valgt passord ennå");

  const link = await waitForLink(email, /http:\/\/[^\s]+\/invite\/[A-Za-z0-9_-]{43}/);
  const invitee = await browser.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Velkommen til Fristvakt");
  expect(await findSeriousViolations(invitee)).toEqual([]);
  await invitee.getByLabel("Nytt passord").fill("mitt-eget-passord");
  await invitee.getByLabel("Gjenta det nye passordet").fill("mitt-egen-passord");
  await invitee.getByRole("button", { name: "Lagre og gå til innlogging" }).click();
  await expect(invitee.locator(".field-error")).toHaveText("De to passordene er ikke like.");
  await invitee.getByLabel("Gjenta det nye passordet").fill("mitt-eget-passord");
  await invitee.getByRole("button", { name: "Lagre og gå til innlogging" }).click();
  await expect(invitee.locator(".notice[role=status]")).toHaveText(`Kontoen er klar. Logg inn med ${email} og passordet du valgte.`);
  await signIn(invitee, email, "mitt-eget-passord");
  await invitee.goto(link);
  await expect(invitee.locator(".notice[role=alert]")).toHaveText(
    "Invitasjonen er utløpt eller allerede brukt. Be administratoren sende en ny.",
  );
  await invitee.close();
});
