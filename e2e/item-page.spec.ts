import { expect, test } from "@playwright/test";
import { findSeriousViolations } from "./axe";

async function openNou(page: import("@playwright/test").Page) {
  await page.goto("/items?q=NOU%202024%3A17");
  await page.locator("article", { hasText: "NOU 2024:17" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("NOU 2024:17");
}

test("an item page shows everything known about the hearing", async ({ page }) => {
  await openNou(page);
  const facts = page.locator("dl.facts");
  await expect(facts).toContainText("Høringsfrist");
  await expect(facts).toContainText("17. januar 2025");
  await expect(facts).toContainText("om 7 dager");
  await expect(facts).toContainText("16. oktober 2024");
  await expect(facts).toContainText("Digitaliserings- og forvaltningsdepartementet");
  await expect(facts).toContainText("NOU 2024:17");
  await expect(facts).toContainText("Nyhetsbrev fra KOM");
  await expect(page.getByRole("link", { name: "Les mer hos avsender" })).toHaveAttribute("href", /regjeringen\.no/);
});

test("a seminar page shows its place and days", async ({ page }) => {
  await page.goto("/items?kind=seminar&status=past&q=Haag");
  await page.locator("article").first().getByRole("link").first().click();
  await expect(page.locator("dl.facts")).toContainText("21.–23. oktober 2024");
  await expect(page.locator("dl.facts")).toContainText("Haag");
});

test("the English switch changes the interface and is remembered", async ({ page }) => {
  await openNou(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("dl.facts")).toContainText("Hearing deadline");
  await expect(page.locator("dl.facts")).toContainText("17 January 2025");
  await expect(page.locator("dl.facts")).toContainText("in 7 days");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What closes soon?");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Norsk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hva stenger snart?");
});

test("a browser asking for English gets English without choosing", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What closes soon?");
  await context.close();
});

test("the item page has no serious accessibility violations", async ({ page }) => {
  await openNou(page);
  expect(await findSeriousViolations(page)).toEqual([]);
});
