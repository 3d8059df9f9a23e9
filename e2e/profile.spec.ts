import { expect, test } from "@playwright/test";
import { createUnsubscribeToken } from "../lib/reminders/unsubscribe-token";
import { createMember, signIn } from "./accounts";
import { E2E_NOW } from "../playwright.config";
import { E2E_AUTH_SECRET } from "./auth-secret";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

test("a member saves reminder settings, then unsubscribes from an e-mail's link without signing in", async ({ page, browser }) => {
  const { user, organisation } = await createMember();
  await signIn(page, user.email);
  await page.goto("/");
  await page.getByRole("link", { name: "Profil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil og e-postvarsler");
  await expect(page.getByText(`E-postene sendes til ${user.email} og gjelder frister ${organisation.name}`)).toBeVisible();

  await expect(page.getByLabel("Dager før fristen")).toHaveValue("14, 3");
  expect(await findSeriousViolations(page)).toEqual([]);
  await page.getByLabel("Dager før fristen").fill("10, 2, 10");
  await page.getByLabel("Send meg også påminnelser før organisasjonens interne frist").uncheck();
  await page.getByLabel("Dag", { exact: true }).selectOption({ label: "fredag" });
  await page.getByLabel("Klokkeslett (norsk tid)").fill("07:30");
  await page.getByRole("group", { name: "Typer saker" }).getByLabel("Høringer").check();
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.locator(".notice[role=status]")).toHaveText("Innstillingene er lagret.");

  await page.reload();
  await expect(page.getByLabel("Dager før fristen")).toHaveValue("10, 2");
  await expect(page.getByLabel("Send meg også påminnelser før organisasjonens interne frist")).not.toBeChecked();
  await expect(page.getByLabel("Dag", { exact: true })).toHaveValue("5");
  await expect(page.getByRole("group", { name: "Typer saker" }).getByLabel("Høringer")).toBeChecked();
  const saved = await e2eDb().reminderPreference.findUniqueOrThrow({ where: { userId: user.id } });
  expect(saved).toMatchObject({
    daysBefore: [10, 2],
    isInternalDeadlineReminderOn: false,
    digestWeekday: 5,
    digestTime: "07:30",
    kinds: ["HEARING"],
  });

  await page.getByLabel("Dager før fristen").fill("14, tre");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.locator(".notice[role=alert]")).toHaveText("Kunne ikke lagre. Se feltene under.");
  await expect(page.locator(".field-error")).toContainText("Skriv hele dager fra 0 til 90");

  // The link in an e-mail, opened in a browser that is not signed in: opening it changes nothing.
  const stranger = await browser.newPage();
  const token = createUnsubscribeToken(E2E_AUTH_SECRET, user.id, "reminders", new Date(E2E_NOW));
  await stranger.goto(`/unsubscribe/${token}`);
  await expect(stranger.getByText(`Vil du slutte å få påminnelser om frister fra Fristvakt på ${user.email}?`)).toBeVisible();
  expect((await e2eDb().reminderPreference.findUniqueOrThrow({ where: { userId: user.id } })).isRemindersOn).toBe(true);
  expect(await findSeriousViolations(stranger)).toEqual([]);
  await stranger.getByRole("button", { name: "Ja, meld meg av" }).click();
  await expect(stranger.locator(".notice[role=status]")).toHaveText(/Du får ikke flere påminnelser/);
  expect((await e2eDb().reminderPreference.findUniqueOrThrow({ where: { userId: user.id } })).isRemindersOn).toBe(false);

  // The one-click address mail programs POST to (RFC 8058); a GET there only leads to the page.
  const digestToken = createUnsubscribeToken(E2E_AUTH_SECRET, user.id, "digest", new Date(E2E_NOW));
  const preview = await stranger.request.get(`/api/unsubscribe/${digestToken}`, { maxRedirects: 0 });
  expect(preview.status()).toBe(303);
  expect((await e2eDb().reminderPreference.findUniqueOrThrow({ where: { userId: user.id } })).isDigestOn).toBe(true);
  const oneClick = await stranger.request.post(`/api/unsubscribe/${digestToken}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect((await e2eDb().reminderPreference.findUniqueOrThrow({ where: { userId: user.id } })).isDigestOn).toBe(false);

  await stranger.goto(`/unsubscribe/${token.slice(0, -2)}xx`);
  await expect(stranger.getByText("Lenken er ikke gyldig.", { exact: false })).toBeVisible();
  await stranger.close();

  await page.reload();
  await expect(page.getByLabel("Send meg påminnelser før fristen")).not.toBeChecked();
  await expect(page.getByLabel("Send meg en ukentlig oversikt")).not.toBeChecked();
});
