import { expect, test, type Page } from "@playwright/test";

// Every response carries a Content-Security-Policy with a nonce of its own, and only scripts
// with that nonce run. Pages kept by the page cache were rendered once for many visitors, so
// these tests hold a kept page, sent again, to the same promise: its scripts carry the nonce
// of the response they came in, run without a violation, and the page works as an app.

const CACHE_HEADER = "x-fristvakt-page-cache";
const PAGE_VIEW = { headers: { accept: "text/html,application/xhtml+xml" } };

function nonceOf(policy: string | undefined): string {
  const nonce = /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  expect(nonce, `a nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

/** Records CSP violations, reported as events and as console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("the policy allows no inline script without the response's nonce, and forms post only here", async ({ request }) => {
  const first = (await request.get("/items")).headers()["content-security-policy"];
  const second = (await request.get("/items")).headers()["content-security-policy"];
  expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(first).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(first).toContain("form-action 'self'");
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  // The API and refusals carry it too (calendars are not pages: they need none).
  expect((await request.get("/api/health")).headers()["content-security-policy"]).toContain("form-action 'self'");
});

test("a page sent again from the page cache runs its scripts with the nonce of its own response", async ({ page, request }) => {
  const violations = await watchViolations(page);
  const address = `/?v=${Date.now()}`;

  // The page cache starts a new generation when other tests change content: ask until kept.
  await expect(async () => {
    await request.get(address, PAGE_VIEW);
    const kept = await page.goto(address);
    expect(kept?.headers()[CACHE_HEADER]).toBe("hit");
    const nonce = nonceOf(kept?.headers()["content-security-policy"]);
    // Every script tag as sent carries this response's nonce (those the scripts add later need none).
    const scriptTags = (await kept!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
  }).toPass({ timeout: 20_000 });

  // Hydrated: a link is followed by the client router and a form posts through a server
  // action, so the page is never loaded again (the mark set on this window survives).
  await page.evaluate(() => ((window as unknown as { mark: string }).mark = "same page"));
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Alle saker" }).click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { mark?: string }).mark)).toBe("same page");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.evaluate(() => (window as unknown as { mark?: string }).mark)).toBe("same page");

  expect(violations).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
});
