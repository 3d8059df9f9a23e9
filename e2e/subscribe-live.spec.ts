import { expect, test } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { parseCalendar } from "../lib/dev/testing/ical";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

test("the address follows the ticked boxes at once, and Outlook is offered for both kinds of account", async ({ page, baseURL }) => {
  await page.goto("/subscribe");
  const address = page.getByLabel("Kalenderadresse");
  await expect(address).toHaveValue(`${baseURL}/feeds/all.ics`);
  await page.getByLabel("Justis- og beredskapsdepartementet (JD)").check();
  await expect(address).toHaveValue(`${baseURL}/feeds/actor/jd.ics`);
  await page.getByRole("group", { name: "Typer saker" }).getByLabel("Høringer").check();
  const url = `${baseURL}/feeds/calendar.ics?actor=jd&kind=hearing`;
  await expect(address).toHaveValue(url);
  await expect(page).toHaveURL(/actor=jd/);
  await expect(page.getByRole("link", { name: "Abonner i kalenderprogrammet" })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));

  const personal = await page.getByRole("link", { name: "Legg til i Outlook.com" }).getAttribute("href");
  expect(new URL(personal!).host).toBe("outlook.live.com");
  expect(new URL(personal!).searchParams.get("url")).toBe(url);
  const work = await page.getByRole("link", { name: "Legg til i Outlook (Microsoft 365)" }).getAttribute("href");
  expect(new URL(work!).host).toBe("outlook.office.com");
  expect(new URL(work!).searchParams.get("url")).toBe(url);

  await page.getByLabel("Justis- og beredskapsdepartementet (JD)").uncheck();
  await expect(address).toHaveValue(`${baseURL}/feeds/kind/hearing.ics`);
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("an item page offers to add that one item to a calendar", async ({ page, request, baseURL }) => {
  const db = e2eDb();
  const item = await createItem(db, {
    actorId: (await createActor(db)).id,
    deadline: "2025-02-14",
    title: "Høring om tiltak mot arbeidslivskriminalitet",
  });
  await page.goto(`/items/${item.id}`);
  const region = page.getByRole("region", { name: "Legg til i kalender" });
  const google = new URL((await region.getByRole("link", { name: "Google Kalender" }).getAttribute("href"))!);
  expect(google.host).toBe("calendar.google.com");
  expect(google.searchParams.get("text")).toContain("Høring om tiltak mot arbeidslivskriminalitet");
  expect(google.searchParams.get("dates")).toBe("20250214/20250215");
  const outlook = new URL((await region.getByRole("link", { name: "Outlook.com" }).getAttribute("href"))!);
  expect(outlook.host).toBe("outlook.live.com");
  expect(outlook.searchParams.get("startdt")).toBe("2025-02-14");
  const office = new URL((await region.getByRole("link", { name: "Microsoft 365" }).getAttribute("href"))!);
  expect(office.host).toBe("outlook.office.com");
  const ics = await region.getByRole("link", { name: /\.ics/ }).getAttribute("href");
  expect(ics).toBe(`/items/${item.id}/calendar.ics`);
  const calendar = parseCalendar(await (await request.get(`${baseURL}${ics}`)).text());
  expect(calendar.events[0].summary).toContain("Høring om tiltak mot arbeidslivskriminalitet");
  expect(await findSeriousViolations(page)).toEqual([]);
});
