import { expect, test } from "@playwright/test";
import { startFixtureServer, type FixtureServer } from "../lib/sources/fixture-server";
import { pollSource } from "../lib/sources/poll";
import { addTestSource, fixture, testDeps } from "../lib/sources/test-support";
import { createMember, createUser, signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

// The app runs with FRISTVAKT_SOURCES=off, so nothing is polled by itself; the test polls a
// partner's calendar of its own from a local server, then works through the inbox as an editor.
let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set("/kurs.ics", { body: fixture("calendar/partner-courses.ics"), contentType: "text/calendar; charset=utf-8" });
});

test.afterAll(async () => {
  await server.close();
});

test("an editor sees the sources and accepts a proposal from the inbox with a corrected title", async ({ page }) => {
  const now = new Date("2026-12-03T12:00:00+01:00");
  const name = `Kompetansesenterets kurs ${Date.now().toString(36)}`;
  const source = await addTestSource(e2eDb(), { type: "ics", url: `${server.base}/kurs.ics`, mode: "review", name }, now);
  const result = await pollSource(
    testDeps(e2eDb(), () => now),
    source.id,
  );
  expect(result.kind).toBe("read");

  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await page.goto("/");
  await page.getByRole("link", { name: "Kilder" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kilder" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("I orden");
  await expect(row.getByRole("cell").nth(3)).toHaveText("6");
  await expect(page.getByRole("row", { name: /regjeringen\.no/ }).first()).toContainText("Ikke hentet ennå");
  expect(await findSeriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Innboks", exact: true }).click();
  const card = page.locator(".inbox-card", { hasText: "Identifisering av mulige ofre" }).filter({ hasText: name });
  await expect(card).toContainText("Relevant");
  await card.getByRole("link", { name: "Godta og publiser" }).click();
  await expect(page.getByRole("heading", { name: "Fra kilden" })).toBeVisible();
  expect(await findSeriousViolations(page)).toEqual([]);
  const title = `Kurs i identifisering ${Date.now().toString(36)}`;
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Godta og publiser" }).click();
  await expect(page.getByRole("status")).toHaveText("Forslaget er publisert.");

  const item = await e2eDb().item.findFirstOrThrow({ where: { title }, include: { polledSource: true } });
  expect(item.polledSource?.name).toBe(name);
  await page.goto(`/items/${item.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("14. januar 2027").first()).toBeVisible();
});

test("members get 'not found' on the sources pages and visitors are asked to sign in", async ({ page }) => {
  // Access is checked before the proposal is looked up, so any id will do.
  const paths = ["/sources", "/sources/inbox", "/sources/inbox/5b0f3f8e-8d7c-4b7e-9a51-2f0c6e1d9a44"];
  for (const path of paths) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in\?/);
  }
  const { user } = await createMember();
  await signIn(page, user.email);
  for (const path of paths) expect((await page.goto(path))?.status(), path).toBe(404);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Kilder" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Innboks" })).toHaveCount(0);
});

test("without JavaScript a refused proposal keeps the editor's corrections, and accepting it publishes them", async ({ browser }) => {
  const now = new Date("2026-12-03T12:00:00+01:00");
  const name = `Partnerens kalender ${Date.now().toString(36)}`;
  const source = await addTestSource(e2eDb(), { type: "ics", url: `${server.base}/kurs.ics`, mode: "review", name }, now);
  expect(
    (
      await pollSource(
        testDeps(e2eDb(), () => now),
        source.id,
      )
    ).kind,
  ).toBe("read");
  const proposal = await e2eDb().sourceProposal.findFirstOrThrow({
    where: { polledSourceId: source.id, title: { contains: "Identifisering av mulige ofre" } },
  });

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, (await createUser("EDITOR")).email);
  await page.goto(`/sources/inbox/${proposal.id}`);
  await page.getByLabel("Tittel").fill("");
  await page.getByLabel("Sted").fill("Kulturhuset, Tromsø");
  await page.getByRole("button", { name: "Godta og publiser" }).click();
  await expect(page.locator("#item-title-error")).toHaveText("Fyll inn en tittel.");
  await expect(page.getByLabel("Sted")).toHaveValue("Kulturhuset, Tromsø");

  const title = `Identifisering av ofre, Tromsø ${Date.now().toString(36)}`;
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Godta og publiser" }).click();
  await expect(page.getByRole("status")).toHaveText("Forslaget er publisert.");
  const item = await e2eDb().item.findFirstOrThrow({ where: { title } });
  expect(item.location).toBe("Kulturhuset, Tromsø");
  await context.close();
});
