import { expect, test } from "@playwright/test";
import { findSeriousViolations } from "./axe";
import { parseCalendar } from "../lib/dev/testing/ical";

test("choosing an actor builds its feed address, and the webcal and Google links point at it", async ({ page, request, baseURL }) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Abonner" }).click();
  await expect(page).toHaveURL(/\/subscribe$/);
  await page.getByLabel("Justis- og beredskapsdepartementet (JD)").check();
  await page.getByRole("button", { name: "Lag kalenderadresse" }).click();
  await expect(page).toHaveURL(/actor=jd/);

  const url = `${baseURL}/feeds/actor/jd.ics`;
  await expect(page.getByLabel("Kalenderadresse")).toHaveValue(url);
  const webcal = url.replace(/^http:/, "webcal:");
  await expect(page.getByRole("link", { name: "Abonner i kalenderprogrammet" })).toHaveAttribute("href", webcal);
  const google = await page.getByRole("link", { name: "Legg til i Google Kalender" }).getAttribute("href");
  expect(new URL(google!).searchParams.get("cid")).toBe(webcal);
  const outlook = await page.getByRole("link", { name: "Legg til i Outlook.com" }).getAttribute("href");
  expect(new URL(outlook!).searchParams.get("url")).toBe(url);
  await expect(page.getByText("abonnerer", { exact: false })).toBeVisible();

  const calendar = parseCalendar(await (await request.get(url)).text());
  expect(calendar.name).toBe("Fristvakt – Justis- og beredskapsdepartementet");
});

test("several choices build one combined address, and the copy button copies it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/subscribe");
  await page.getByLabel("Barne- og familiedepartementet (BFD)").check();
  await page.getByLabel("Justis- og beredskapsdepartementet (JD)").check();
  await page.getByRole("group", { name: "Typer saker" }).getByLabel("Høringer").check();
  await page.getByRole("button", { name: "Lag kalenderadresse" }).click();
  const url = `${baseURL}/feeds/calendar.ics?actor=bfd,jd&kind=hearing`;
  await expect(page.getByLabel("Kalenderadresse")).toHaveValue(url);
  await expect(page.getByText("Fristvakt – BFD, JD · Høringer")).toBeVisible();
  await page.getByRole("button", { name: "Kopier adressen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adressen er kopiert." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test("an actor's page offers its own feed", async ({ page, baseURL }) => {
  await page.goto("/actors/jd");
  const section = page.getByRole("region", { name: "Få fristene i kalenderen" });
  await expect(section.getByLabel("Kalenderadresse")).toHaveValue(`${baseURL}/feeds/actor/jd.ics`);
  await section.getByRole("link", { name: "Sett sammen din egen kalender" }).click();
  await expect(page.getByLabel("Justis- og beredskapsdepartementet (JD)")).toBeChecked();
});

test("the subscribe page and a topic page have no serious accessibility violations", async ({ page }) => {
  await page.goto("/subscribe?actor=jd&topic=menneskehandel");
  expect(await findSeriousViolations(page)).toEqual([]);
  await page.goto("/topics/menneskehandel");
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("the actors and topics to choose from are in alphabetical order of what they show, in each language", async ({ page, context }) => {
  const inOrder = (texts: string[], locale: string) => [...texts].sort(new Intl.Collator(locale).compare);
  await page.goto("/subscribe");
  const actors = (await page.getByRole("group", { name: "Aktører" }).locator("label").allTextContents()).map((text) => text.trim());
  expect(actors.length).toBeGreaterThan(5);
  expect(actors).toEqual(inOrder(actors, "nb"));

  await context.addCookies([{ name: "fristvakt-locale", value: "en", url: page.url() }]);
  await page.goto("/subscribe");
  const topics = (await page.getByRole("group", { name: "Topics" }).locator("label").allTextContents()).map((text) => text.trim());
  expect(topics).toContain("Human trafficking");
  expect(topics).toEqual(inOrder(topics, "en"));
});
