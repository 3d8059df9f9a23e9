import { expect, test } from "@playwright/test";
import { findSeriousViolations } from "./axe";

// The app's clock is pinned to 10 January 2025; the newsletters hold items from 2023 on.

const datesOf = (values: (string | null)[]) => values.map((value) => value ?? "");

test("Alle saker opens with open items, nearest deadline first, and the sort choice lives in the URL", async ({ page }) => {
  await page.goto("/items");
  const badges = await page.locator("article .status-badge").allTextContents();
  expect(badges[0]).toMatch(/^(Stenger snart|Åpen)$/);
  // Open items first, soonest first; no closed item before the last open one.
  const firstClosed = badges.findIndex((badge) => badge === "Stengt" || badge === "Avholdt");
  const lastOpen = badges.map((badge) => badge === "Stenger snart" || badge === "Åpen").lastIndexOf(true);
  if (firstClosed >= 0) expect(firstClosed).toBeGreaterThan(lastOpen);
  const openDates = datesOf(
    await page.locator("article .when time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime"))),
  );
  const leading = openDates.slice(0, Math.max(1, lastOpen + 1)).filter((date) => date >= "2025-01-10");
  expect(leading).toEqual([...leading].sort());
  expect(leading[0] >= "2025-01-10").toBe(true);

  await page.getByLabel("Sorter etter").selectOption("title");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/sort=title/);
  const titles = await page.locator("article .item-title").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "nb")));
  await expect(page.getByLabel("Sorter etter")).toHaveValue("title");
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("an actor's page also opens with its open items", async ({ page }) => {
  await page.goto("/actors/jd");
  const first = page.locator("article").first();
  await expect(first.locator(".status-badge")).toHaveText(/^(Stenger snart|Åpen|Kommende)$/);
});

test("search matches references written loosely and actor names", async ({ page }) => {
  await page.goto("/items?q=nou+2024+17");
  await expect(page.locator("article", { hasText: "NOU 2024:17" }).first()).toBeVisible();

  await page.goto("/items?q=justisdepartementet");
  const issuers = await page.locator("article .issuer").allTextContents();
  expect(issuers.length).toBeGreaterThan(0);
  expect(issuers).toContain("JD");
});
