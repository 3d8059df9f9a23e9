import { expect, test } from "@playwright/test";
import { findSeriousViolations } from "./axe";

test("filtering by an actor narrows the list and keeps the filter in the URL", async ({ page }) => {
  await page.goto("/items");
  const count = page.locator(".result-count");
  const allText = await count.textContent();
  const all = Number(allText?.match(/\d+/)?.[0]);
  expect(all).toBeGreaterThan(10);

  await page.getByLabel("Aktør").selectOption("dfd");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/actor=dfd/);
  const narrowed = Number((await count.textContent())?.match(/\d+/)?.[0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  const issuers = await page.locator("article .issuer").allTextContents();
  expect(new Set(issuers)).toEqual(new Set(["DFD"]));
});

test("status and text search combine, and the page can be shared as a link", async ({ page }) => {
  await page.goto("/items?status=closing_soon&q=nou");
  await expect(page.getByLabel("Status")).toHaveValue("closing_soon");
  await expect(page.locator("article", { hasText: "NOU 2024:17" })).toHaveCount(1);
  for (const badge of await page.locator("article .status-badge").allTextContents()) expect(badge).toBe("Stenger snart");
});

test("an unknown filter value shows a clear message and no items, not an error", async ({ page }) => {
  const response = await page.goto("/items?actor=finnes-ikke&status=bogus");
  expect(response?.status()).toBe(200);
  await expect(page.locator(".notice")).toContainText("«bogus» er ikke en gyldig status");
  await expect(page.locator(".notice")).toContainText("Fant ingen aktør «finnes-ikke»");
  await expect(page.locator("article")).toHaveCount(0);
});

test("an unknown actor page and an unknown item answer 404", async ({ page }) => {
  expect((await page.goto("/actors/finnes-ikke"))?.status()).toBe(404);
  expect((await page.goto("/items/00000000-0000-0000-0000-000000000000"))?.status()).toBe(404);
  expect((await page.goto("/items/not-an-id"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden finnes ikke");
});

test("the item list has no serious accessibility violations", async ({ page }) => {
  await page.goto("/items");
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("an address with broken percent-encoding is refused plainly, not with a server error", async ({ request }) => {
  const response = await request.get("/items/%ZZ");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("Ugyldig adresse");
  for (const query of ["page=abc", "q=%E0%A4%A", "status=closed&status=open", `q=${"a".repeat(5000)}`]) {
    expect((await request.get(`/items?${query}`)).status(), query).toBe(200);
  }
  // A NUL would reach PostgreSQL as text it refuses: the address is refused with a sentence.
  for (const query of ["actor=%00", "q=barn%00"]) {
    const refused = await request.get(`/items?${query}`);
    expect(refused.status(), query).toBe(400);
    expect(await refused.text()).toContain("nulltegn");
  }
});
