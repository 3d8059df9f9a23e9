import { expect, test } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { createMember, createUser, signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

// The app's clock is pinned to 10 January 2025, noon in Oslo.

test("the response form shows what was saved, and a second and third save on the same page work", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-02-14" });
  const { user } = await createMember();
  await signIn(page, user.email);
  await page.goto(`/items/${item.id}`);

  await page.getByLabel("Status").selectOption("PLANNED");
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  await expect(page.getByLabel("Status")).toHaveValue("PLANNED");

  await page.getByLabel("Notat (internt)").fill("Kari skriver utkast innen fredag.");
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  await expect(page.getByLabel("Status")).toHaveValue("PLANNED");
  await expect(page.getByLabel("Notat (internt)")).toHaveValue("Kari skriver utkast innen fredag.");

  await page.getByLabel("Status").selectOption("IN_PROGRESS");
  await page.getByLabel("Intern frist").fill("2025-02-07");
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  await expect(page.getByLabel("Intern frist")).toHaveValue("2025-02-07");

  const stored = await db.response.findFirstOrThrow({ where: { itemId: item.id } });
  expect(stored).toMatchObject({ status: "IN_PROGRESS", note: "Kari skriver utkast innen fredag.", version: 2 });
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("IN_PROGRESS");
  await expect(page.getByLabel("Notat (internt)")).toHaveValue("Kari skriver utkast innen fredag.");
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("a refused save keeps what was typed and says next to the field what is wrong", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-02-14" });
  const { user } = await createMember();
  await signIn(page, user.email);
  await page.goto(`/items/${item.id}`);

  await page.getByLabel("Status").selectOption("IN_PROGRESS");
  await page.getByLabel("Lenke til svaret").fill("www.example.org/vart-svar.pdf");
  await page.getByLabel("Notat (internt)").fill("Vi svarer sammen med nettverket.");
  await page.getByLabel("Intern frist").fill("2025-02-20");
  await page.getByRole("button", { name: "Lagre svar" }).click();

  await expect(page.locator(".notice.error")).toBeVisible();
  const field = page.getByLabel("Intern frist");
  await expect(field).toHaveValue("2025-02-20");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#response-internalDeadline-error")).toHaveText("Den interne fristen må være før den offisielle fristen.");
  await expect(page.getByLabel("Status")).toHaveValue("IN_PROGRESS");
  await expect(page.getByLabel("Notat (internt)")).toHaveValue("Vi svarer sammen med nettverket.");
  await expect(page.getByLabel("Lenke til svaret")).toHaveValue("www.example.org/vart-svar.pdf");
  expect(await db.response.count({ where: { itemId: item.id } })).toBe(0);
  expect(await findSeriousViolations(page)).toEqual([]);

  // Corrected, it saves; a link typed as www.… is taken as https.
  await field.fill("2025-02-10");
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  await expect(page.getByLabel("Lenke til svaret")).toHaveValue("https://www.example.org/vart-svar.pdf");
  const stored = await db.response.findFirstOrThrow({ where: { itemId: item.id } });
  expect(stored.answerUrl).toBe("https://www.example.org/vart-svar.pdf");
});

test("two colleagues saving the same response: the second gets a conflict and keeps what they typed", async ({ browser }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-02-14" });
  const { user, organisation } = await createMember();
  const colleague = await createUser("MEMBER", organisation.id);
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(a, user.email);
  await signIn(b, colleague.email);
  await a.goto(`/items/${item.id}`);
  await a.getByLabel("Status").selectOption("PLANNED");
  await a.getByRole("button", { name: "Lagre svar" }).click();
  await expect(a.locator(".notice.success")).toHaveText("Svaret er lagret.");

  // Both now work from version 0.
  await b.goto(`/items/${item.id}`);
  await a.getByLabel("Notat (internt)").fill("Kari tar denne.");
  await a.getByRole("button", { name: "Lagre svar" }).click();
  await expect(a.locator(".notice.success")).toHaveText("Svaret er lagret.");

  await b.getByLabel("Notat (internt)").fill("Ola tar denne.");
  await b.getByRole("button", { name: "Lagre svar" }).click();
  await expect(b.locator(".notice.error")).toContainText("Noen andre har lagret svaret");
  await expect(b.getByLabel("Notat (internt)")).toHaveValue("Ola tar denne.");
  const stored = await db.response.findFirstOrThrow({ where: { itemId: item.id } });
  expect(stored.note).toBe("Kari tar denne.");
  await Promise.all([first.close(), second.close()]);
});

test("a member follows an item and names the colleague who answers; it shows in Mine frister", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, {
    actorId: (await createActor(db)).id,
    deadline: "2025-03-20",
    title: `Høring om botilbud ${Date.now()}`,
  });
  const { user, organisation } = await createMember();
  const colleague = await createUser("MEMBER", organisation.id);
  const outsider = await createMember();
  await signIn(page, user.email);
  await page.goto(`/items/${item.id}`);

  const responsible = page.getByLabel("Ansvarlig");
  await expect(responsible.locator("option", { hasText: colleague.name })).toHaveCount(1);
  await expect(responsible.locator("option", { hasText: outsider.user.name })).toHaveCount(0);
  await page.getByLabel("Status").selectOption("FOLLOWING");
  await responsible.selectOption(colleague.id);
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  await expect(responsible).toHaveValue(colleague.id);
  const stored = await db.response.findFirstOrThrow({ where: { itemId: item.id } });
  expect(stored).toMatchObject({ status: "FOLLOWING", responsibleUserId: colleague.id });

  await page.goto("/my");
  const card = page.locator("section#in-progress article", { hasText: item.title });
  await expect(card).toHaveCount(1);
  await expect(card.locator(".response-badge")).toHaveText("Følger");
  await expect(card).toContainText(colleague.name);
});

test("a date answered beside a status that is not an answer is refused beside the date", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-02-21" });
  const { user } = await createMember();
  await signIn(page, user.email);
  await page.goto(`/items/${item.id}`);
  await page.getByLabel("Status").selectOption("IN_PROGRESS");
  await page.getByLabel("Dato besvart").fill("2025-01-09");
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator("#response-answeredOn-error")).toHaveText(
    "Dato besvart hører til statusene Besvart og Avstått: velg en av dem, eller tøm datoen.",
  );
  await expect(page.getByLabel("Dato besvart")).toHaveValue("2025-01-09");
  expect(await db.response.count({ where: { itemId: item.id } })).toBe(0);

  await page.getByLabel("Status").selectOption("ANSWERED");
  await page.getByRole("button", { name: "Lagre svar" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Svaret er lagret.");
  expect((await db.response.findFirstOrThrow({ where: { itemId: item.id } })).status).toBe("ANSWERED");
});
