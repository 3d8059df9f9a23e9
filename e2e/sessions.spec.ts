// Signing out ends the session itself, not only the browser's cookie; "Logg ut overalt" on
// the profile page ends every session of the user, on every device.
import { expect, test, type Browser, type Cookie } from "@playwright/test";
import { createMember, signIn } from "./accounts";

async function pageWithCookies(browser: Browser, cookies: Cookie[]) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context.newPage();
}

test("a session signed out of is refused, even from a copy of its cookie", async ({ page, browser }) => {
  const { user } = await createMember();
  await signIn(page, user.email);
  await page.goto("/my");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mine frister");
  const copied = await page.context().cookies();

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("link", { name: "Logg inn" })).toBeVisible();

  const elsewhere = await pageWithCookies(browser, copied);
  await elsewhere.goto("/my");
  await expect(elsewhere).toHaveURL(/\/sign-in\?required=1/);
});

test("signing out everywhere from the profile ends the user's other sessions too", async ({ page, browser }) => {
  const { user } = await createMember();
  await signIn(page, user.email);
  const phone = await browser.newPage();
  await signIn(phone, user.email);
  await phone.goto("/my");
  await expect(phone.getByRole("heading", { level: 1 })).toContainText("Mine frister");

  await page.goto("/profile");
  await page.getByRole("button", { name: "Logg ut overalt" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await phone.goto("/my");
  await expect(phone).toHaveURL(/\/sign-in\?required=1/);
  // A new sign-in works as before.
  await signIn(phone, user.email);
  await phone.goto("/my");
  await expect(phone.getByRole("heading", { level: 1 })).toContainText("Mine frister");
});
