import { expect, test, type Browser } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { createUser, signIn } from "./accounts";
import { e2eDb } from "./database";

// The editor's forms as people use them: with JavaScript switched off (each form posts to its
// action and comes back as a whole page), and with two editors saving the same item.

async function editorWithoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  return { context, page };
}

test("without JavaScript an editor creates an item, and a refused save keeps what was typed", async ({ browser }) => {
  const { context, page } = await editorWithoutJavaScript(browser);
  const stamp = Date.now().toString(36);
  await page.goto("/items/new");
  await page.getByLabel("Type").selectOption("HEARING");
  await page.getByLabel("…eller ny aktør").fill(`Fjordrådet ${stamp}`);
  await page.getByLabel("Sendt dato").fill("2025-02-03");
  await page.getByLabel("Frist", { exact: true }).fill("2025-01-31");
  await page.getByLabel("Om saken").fill(`Forslag om tilskudd til mottakssentre ${stamp}.`);
  await page.getByRole("button", { name: "Opprett sak" }).click();

  // The page came back from the action, not as a GET with the fields in its address.
  await expect(page).toHaveURL(/\/items\/new$/);
  await expect(page.locator("#item-title-error")).toHaveText("Fyll inn en tittel.");
  await expect(page.locator("#item-deadline-error")).toHaveText("Fristen kan ikke være før datoen saken ble sendt.");
  await expect(page.locator(".item-form [role=alert]")).toHaveText("Kunne ikke lagre. Se feltene under.");
  await expect(page.getByLabel("Type")).toHaveValue("HEARING");
  await expect(page.getByLabel("…eller ny aktør")).toHaveValue(`Fjordrådet ${stamp}`);
  await expect(page.getByLabel("Sendt dato")).toHaveValue("2025-02-03");
  await expect(page.getByLabel("Om saken")).toHaveValue(`Forslag om tilskudd til mottakssentre ${stamp}.`);

  const title = `Høring om mottakssentre ${stamp}`;
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Frist", { exact: true }).fill("2025-04-28");
  await page.getByRole("button", { name: "Opprett sak" }).click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const saved = await e2eDb().item.findFirstOrThrow({ where: { title }, include: { actor: true } });
  expect(saved.actor.name).toBe(`Fjordrådet ${stamp}`);
  await context.close();
});

test("without JavaScript an editor edits an item, and reads and saves a pasted text", async ({ browser }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-03-14" });
  const { context, page } = await editorWithoutJavaScript(browser);
  await page.goto(`/items/${item.id}/edit`);
  await page.getByLabel("Frist", { exact: true }).fill("2025-03-21");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${item.id}$`));
  await expect(page.locator("dl.facts")).toContainText("21. mars 2025");

  const tag = `Havørn${Date.now().toString(36)}`;
  await page.goto("/import");
  await page
    .getByLabel("Tekst")
    .fill(
      `Høring om ${tag}\n\nJustis- og beredskapsdepartementet sendte 6. januar 2025 på høring forslag om ${tag}. Høringsfrist er 7. april 2025.\n`,
    );
  await page.getByRole("button", { name: "Les inn" }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole("status")).toHaveText(/^Fant 1 forslag/);
  await expect(page.locator(".proposal-table tbody tr")).toHaveCount(1);
  await page.getByRole("button", { name: "Lagre valgte" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Lagret 1 ny sak. 0 fantes fra før.");
  await page.getByRole("link", { name: new RegExp(tag) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tag);
  await context.close();
});

test("an edit saved over someone else's is refused with what was typed kept, and a second save replaces theirs", async ({
  page,
  browser,
}) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-03-18" });
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await page.goto(`/items/${item.id}/edit`);

  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signIn(colleague, (await createUser("EDITOR")).email);
  await colleague.goto(`/items/${item.id}/edit`);
  await colleague.getByLabel("Referanse").fill("Prop. 12 L (2024–2025)");
  await colleague.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(colleague).toHaveURL(new RegExp(`/items/${item.id}$`));
  await colleagueContext.close();

  const summary = "Departementet ber særlig om innspill fra organisasjoner som møter ofre.";
  await page.getByLabel("Om saken").fill(summary);
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.locator(".item-form [role=alert]")).toContainText("Noen andre har lagret saken etter at du åpnet skjemaet.");
  await expect(page.getByRole("link", { name: "Se den lagrede saken (ny fane)" })).toHaveAttribute("href", `/items/${item.id}`);
  await expect(page.getByLabel("Om saken")).toHaveValue(summary);
  expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).summary).toBeNull();

  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${item.id}$`));
  const saved = await db.item.findUniqueOrThrow({ where: { id: item.id } });
  expect(saved.summary).toBe(summary);
});
