import { expect, test } from "@playwright/test";
import { createItem, createActor } from "../lib/dev/testing/factories";
import { createMember, createUser, signIn, TEST_PASSWORD } from "./accounts";
import { e2eDb } from "./database";
import { findSeriousViolations } from "./axe";

// The app's clock is pinned to 10 January 2025, noon in Oslo.

test("a member signs in with the form and lands on Mine frister", async ({ page }) => {
  const { user, organisation } = await createMember();
  await page.goto("/my");
  await expect(page).toHaveURL(/\/sign-in\?required=1/);
  await page.getByLabel("E-post").fill(user.email);
  await page.getByLabel("Passord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine frister");
  await expect(page.locator(".lead")).toContainText(organisation.name);
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("a wrong password gets one generic message", async ({ page }) => {
  const { user } = await createMember();
  await page.goto("/sign-in");
  await page.getByLabel("E-post").fill(user.email);
  await page.getByLabel("Passord").fill("feil-passord-1234");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator(".notice.error")).toContainText("Innloggingen mislyktes");
});

test("marking an overdue item answered takes it off the overdue list", async ({ page }) => {
  const db = e2eDb();
  const actor = await createActor(db);
  const item = await createItem(db, { actorId: actor.id, kind: "DEADLINE", deadline: "2025-01-06", title: `Rapport levert ${Date.now()}` });
  const { user } = await createMember();
  await signIn(page, user.email);

  // More overdue than the overview shows: it shows ten, and the whole section is a click away.
  for (let i = 0; i < 10; i++)
    await createItem(db, { actorId: actor.id, kind: "DEADLINE", deadline: "2025-01-03", title: `Eldre rapport ${i} ${Date.now()}` });
  await page.goto("/my");
  await expect(page.locator("section#overdue article")).toHaveCount(10);
  await page
    .locator("section#overdue")
    .getByRole("link", { name: /^Vis alle \d+$/ })
    .click();
  await expect(page).toHaveURL(/\/my\?section=overdue$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forfalt (siste 60 dager)");
  await expect(page.locator(".result-count")).toHaveText(/^\d+ i alt\.$/);
  await expect(page.locator("article", { hasText: item.title })).toHaveCount(1);

  await page.getByRole("link", { name: item.title }).click();
  await page.getByLabel("Status").selectOption("ANSWERED");
  await page.getByLabel("Dato besvart").fill("2025-01-06");
  await page.getByLabel("Lenke til svaret").fill("https://example.org/svar.pdf");
  await page.getByLabel("Notat (internt)").fill(`<script>alert("x")</script> & "sitat"`);
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  // What a user typed is shown as text, never run.
  await expect(page.getByLabel("Notat (internt)")).toHaveValue(`<script>alert("x")</script> & "sitat"`);

  await page.goto("/my?section=overdue");
  await expect(page.locator("article", { hasText: item.title })).toHaveCount(0);
  await page.goto("/my");
  await expect(page.locator("section#answered article", { hasText: item.title })).toHaveCount(1);
  await expect(page.locator("section#answered article", { hasText: item.title }).locator(".status-badge")).toHaveText("Besvart");
  expect(await db.response.count({ where: { itemId: item.id } })).toBe(1);
  expect((await page.goto("/my?section=ukjent"))?.status()).toBe(404);
});

test("a save based on a stale version is refused with a conflict message", async ({ browser }) => {
  const db = e2eDb();
  const actor = await createActor(db);
  const item = await createItem(db, { actorId: actor.id, deadline: "2025-02-01" });
  const { user, organisation } = await createMember();
  const colleague = await createUser("MEMBER", organisation.id);
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(a, user.email);
  await signIn(b, colleague.email);
  await a.goto(`/items/${item.id}`);
  await b.goto(`/items/${item.id}`);
  await a.getByLabel("Status").selectOption("IN_PROGRESS");
  await a.getByRole("button", { name: "Lagre svar" }).click();
  await expect(a.locator(".notice.success")).toHaveText("Svaret er lagret.");
  await b.getByLabel("Status").selectOption("DECLINED");
  await b.getByRole("button", { name: "Lagre svar" }).click();
  await expect(b.locator(".notice.error")).toContainText("Noen andre har lagret svaret");
  const stored = await db.response.findFirstOrThrow({ where: { itemId: item.id } });
  expect(stored.status).toBe("IN_PROGRESS");
  await Promise.all([first.close(), second.close()]);
});

test("a member cannot reach the admin pages; an admin can", async ({ page, browser }) => {
  const { user } = await createMember();
  await signIn(page, user.email);
  expect((await page.goto("/admin"))?.status()).toBe(404);

  const admin = await createUser("ADMIN");
  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signIn(adminPage, admin.email);
  await adminPage.goto("/admin");
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Administrasjon");
  const name = `Nytt nettverk ${Date.now()}`;
  await adminPage.getByLabel("Navn", { exact: true }).first().fill(name);
  await adminPage.getByRole("button", { name: "Opprett" }).first().click();
  await expect(adminPage.getByLabel(`Navn på ${name}`)).toHaveValue(name);
  await context.close();
});

test("a disabled user is signed out on the next request", async ({ page }) => {
  const { user } = await createMember();
  await signIn(page, user.email);
  await page.goto("/my");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine frister");
  await e2eDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  await page.goto("/my");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the responses export opens in Excel with æøå, and only for members", async ({ page, request }) => {
  const db = e2eDb();
  const actor = await createActor(db);
  const item = await createItem(db, { actorId: actor.id, deadline: "2025-02-01", title: "Høring om særlige ærend" });
  const { user, organisation } = await createMember();
  await db.response.create({ data: { organisationId: organisation.id, itemId: item.id, status: "ANSWERED" } });
  await signIn(page, user.email);
  const response = await page.request.get("/my/responses.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("Høring om særlige ærend");
  expect((await request.get("/my/responses.csv")).status()).toBe(401);
});

test("a state-changing request from another site is refused", async ({ request }) => {
  const response = await request.post("/sign-in", { headers: { origin: "https://evil.example" }, form: { email: "x" } });
  expect(response.status()).toBe(403);
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
});
