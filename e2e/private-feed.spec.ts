import { expect, test } from "@playwright/test";
import { findLineProblems, parseCalendar } from "../lib/dev/testing/ical";
import { createMember, findItemIdByReference, signIn } from "./accounts";
import { e2eDb } from "./database";

test("a member creates a private feed link, sees the organisation's status in it, and revokes it", async ({ page, request }) => {
  const { user, organisation } = await createMember();
  const itemId = await findItemIdByReference("NOU 2024:17");
  await e2eDb().response.create({
    data: {
      organisationId: organisation.id,
      itemId,
      status: "ANSWERED",
      internalDeadline: new Date("2025-01-14T00:00:00Z"),
    },
  });
  await signIn(page, user.email);
  await page.goto("/my/feeds");
  await page.getByLabel("Navn på lenken").fill("Kalender for <b>jurister</b>");
  await page.getByRole("button", { name: "Lag lenke" }).click();
  const url = (await page.getByTestId("new-feed-url").textContent())!.trim();
  expect(url).toMatch(/\/feeds\/private\/[A-Za-z0-9_-]{22,}\.ics$/);
  // The address is shown once: it comes with a copy button and the ways to subscribe.
  await expect(page.getByRole("button", { name: "Kopier adressen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Abonner i kalenderprogrammet" })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));
  await expect(page.locator(".feed-links")).toContainText("Kalender for <b>jurister</b>");

  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(feed.headers()["cache-control"]).toContain("private");
  expect(feed.headers()["referrer-policy"]).toBe("no-referrer");
  expect(feed.headers()["vary"]).toContain("Accept-Encoding");
  const again = await request.get(url, { headers: { "if-none-match": feed.headers()["etag"] } });
  expect(again.status()).toBe(304);
  const text = await feed.text();
  // Calendar clients ask for gzip or brotli: the same calendar comes compressed.
  for (const encoding of ["gzip", "br", "identity"]) {
    const encoded = await request.get(url, { headers: { "accept-encoding": encoding } });
    expect(encoded.headers()["content-encoding"] ?? "identity").toBe(encoding);
    expect(encoded.headers()["etag"]).toBe(feed.headers()["etag"]);
    expect(await encoded.text()).toBe(text);
  }
  expect(findLineProblems(text)).toEqual([]);
  const calendar = parseCalendar(text);
  const answered = calendar.events.find((event) => event.uid === `${itemId}@fristvakt.no`);
  expect(answered?.summary).toMatch(/^✓ Besvart – Høringsfrist: NOU 2024:17/);
  const internal = calendar.events.find((event) => event.uid === `${itemId}-intern@fristvakt.no`);
  expect(internal?.start).toBe("2025-01-14");
  expect(internal?.end).toBe("2025-01-15");

  const stored = await e2eDb().feedToken.findFirstOrThrow({ where: { organisationId: organisation.id } });
  expect(stored.tokenHash).not.toContain(url.split("/").pop()!.replace(".ics", ""));

  // A change of the organisation's response changes the feed.
  await e2eDb().response.updateMany({
    where: { organisationId: organisation.id },
    data: { status: "IN_PROGRESS", version: { increment: 1 } },
  });
  const changed = await request.get(url, { headers: { "if-none-match": feed.headers()["etag"] } });
  expect(changed.status()).toBe(200);
  expect(await changed.text()).toContain("Under arbeid – Høringsfrist: NOU 2024:17");

  // Revoking cuts every subscribed calendar, so it asks first.
  await page.locator(".feed-links").getByText("Trekk tilbake", { exact: true }).click();
  await expect(page.locator(".feed-links")).toContainText("Kalendere som abonnerer på lenken, får ingen frister fra den lenger.");
  expect((await request.get(url)).status()).toBe(200);
  await page.getByRole("button", { name: "Ja, trekk tilbake" }).click();
  await expect(page.locator(".feed-links")).toContainText("Trukket tilbake");
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get("/feeds/private/not-a-token.ics")).status()).toBe(404);
});
