import { expect, test } from "@playwright/test";
import { createUserRow } from "../lib/dev/testing/factories";
import { createMember, signIn, TEST_PASSWORD } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";
import { emailsTo, waitForLink } from "./outbox";

test("a failed sign-in keeps the e-mail, and “Glemt passord?” leads to a reset link that works once", async ({ page }) => {
  const user = await createUserRow(e2eDb(), { email: `kari.${Date.now()}@example.org`, name: "Kari Nordmann" });
  await page.goto("/sign-in");
  await page.getByLabel("E-post").fill(user.email);
  await page.getByLabel("Passord").fill("feil-passord");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator(".notice[role=alert]").first()).toContainText("Innloggingen mislyktes");
  await expect(page.getByLabel("E-post")).toHaveValue(user.email);

  await page.getByRole("link", { name: "Glemt passord?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glemt passord");
  expect(await findSeriousViolations(page)).toEqual([]);
  await page.getByLabel("E-post").fill(user.email);
  await page.getByRole("button", { name: "Send lenke" }).click();
  const answer = page.locator(".notice[role=status]");
  await expect(answer).toContainText(`Hvis ${user.email} har en konto i Fristvakt`);

  // The same answer for an address without an account, and no e-mail to it.
  const stranger = `ingen.${Date.now()}@example.org`;
  await page.getByLabel("E-post").fill(stranger);
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(answer).toHaveText((await answer.textContent())!.replace(user.email, stranger));

  const link = await waitForLink(user.email, /http:\/\/[^\s]+\/reset-password\/[A-Za-z0-9_-]{43}/);
  const [mail] = await emailsTo(user.email);
  expect(mail.text).toContain("Hei Kari Nordmann,");
  expect(await emailsTo(stranger)).toEqual([]);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lag nytt passord");
  await expect(page.getByText(`For ${user.email}.`)).toBeVisible();
  expect(await findSeriousViolations(page)).toEqual([]);
  await page.getByLabel("Nytt passord").fill("nytt-passord-for-kari");
  await page.getByLabel("Gjenta det nye passordet").fill("nytt-passord-for-kari");
  await page.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(page.locator(".notice[role=status]")).toHaveText("Passordet er endret. Du kan logge inn med det nye passordet nå.");
  await signIn(page, user.email, "nytt-passord-for-kari");

  await page.goto(link);
  await expect(page.locator(".notice[role=alert]")).toHaveText("Lenken er utløpt eller allerede brukt. Be om en ny lenke.");
});

test("a member changes their name and password on /profile; a refusal keeps the ticked filters and says what is wrong beside the field", async ({
  page,
}) => {
  const { user } = await createMember();
  await signIn(page, user.email);
  await page.goto("/profile");
  expect(await findSeriousViolations(page)).toEqual([]);

  await page.getByLabel("Navn", { exact: true }).fill("Kari Nordmann");
  await page.getByRole("button", { name: "Lagre navn" }).click();
  await expect(page.getByText("Navnet er lagret.")).toBeVisible();
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Kari Nordmann");

  await page.getByLabel("Nåværende passord").fill("ikke-riktig-passord");
  await page.getByLabel("Nytt passord (minst 10 tegn)").fill("mitt-nye-passord");
  await page.getByLabel("Gjenta det nye passordet").fill("mitt-nye-passord");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.locator("#current-password + .field-error")).toHaveText("Passordet er feil.");
  await page.getByLabel("Nåværende passord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByText("Passordet er byttet.")).toBeVisible();
  await expect(page.getByLabel("Nytt passord (minst 10 tegn)")).toHaveValue("");

  // The reminder form: a refused save keeps every tick, and the problem appears once, beside its field.
  const kinds = page.getByRole("group", { name: "Typer saker" });
  await kinds.getByLabel("Høringer").check();
  await page.getByLabel("Dager før fristen").fill("14, tre");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.locator(".preferences-form .notice[role=alert]")).toHaveText("Kunne ikke lagre. Se feltene under.");
  await expect(page.locator(".preferences-form .field-error")).toHaveCount(1);
  await expect(page.locator("#days-before ~ .field-error")).toContainText("Skriv hele dager fra 0 til 90");
  await expect(kinds.getByLabel("Høringer")).toBeChecked();
  await expect(page.getByLabel("Dager før fristen")).toHaveValue("14, tre");
});

test("the English pages say the same in English", async ({ page }) => {
  const user = await createUserRow(e2eDb());
  await e2eDb().user.update({ where: { id: user.id }, data: { locale: "en" } });
  await signIn(page, user.email);
  await page.goto("/profile");
  await page.getByLabel("New password (at least 10 characters)").fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByLabel("Current password").fill(TEST_PASSWORD);
  // The browser's own length check would stop a person; the server's answer must be English too.
  await page.locator("#new-password").evaluate((input) => input.removeAttribute("minlength"));
  await page.locator("#repeat-password").evaluate((input) => input.removeAttribute("minlength"));
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#new-password + .field-error")).toHaveText("The password must have at least 10 characters.");
});
