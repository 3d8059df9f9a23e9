import { expect, test } from "@playwright/test";
import { findSeriousViolations } from "./axe";

// The app runs with FRISTVAKT_NOW=2025-01-10T12:00:00+01:00 (playwright.config.ts).

test("the dashboard lists the hearings closing soon with their countdown", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hva stenger snart?");
  const closingSoon = page.locator("section#closing-soon");
  await expect(closingSoon.getByRole("heading", { level: 2 })).toHaveText("Stenger innen 14 dager");

  const nou = closingSoon.locator("article", { hasText: "NOU 2024:17" });
  await expect(nou).toHaveCount(1);
  await expect(nou.locator(".countdown")).toHaveText("om 7 dager");
  await expect(nou).toContainText("17. januar 2025");
  await expect(nou).toContainText("Høring");
  await expect(nou).toContainText("DFD");

  // 24 January is the last day inside the 14-day window (today included).
  const socialServices = closingSoon.locator("article", { hasText: "24. januar 2025" });
  await expect(socialServices.first().locator(".countdown")).toHaveText("om 14 dager");

  // The strategy input closed on 31 October 2024: older than the recently closed window.
  await expect(page.locator("section#closing-soon article", { hasText: "31. oktober" })).toHaveCount(0);
});

test("a hearing of less than six weeks carries the short-deadline mark", async ({ page }) => {
  await page.goto("/items?kind=hearing");
  const shortOnes = page.locator("article", { has: page.locator(".short-badge") });
  await expect(shortOnes.first()).toBeVisible();
  await expect(shortOnes.first().locator(".short-badge")).toHaveText("kort frist");
});

test("the dashboard has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("an address that does not exist answers 404 with a page and a title that say so", async ({ page }) => {
  expect((await page.goto("/finnes-ikke"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden finnes ikke");
  await expect(page).toHaveTitle("Siden finnes ikke – Fristvakt");
  expect((await page.goto("/items/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  await expect(page).toHaveTitle("Siden finnes ikke – Fristvakt");
});
