import { expect, test } from "@playwright/test";
import { createActor, createItem, createResponseRow } from "../lib/dev/testing/factories";
import { createMember, createUser, signIn } from "./accounts";
import { e2eDb } from "./database";

// Public pages are kept for anonymous visitors (lib/page-cache); these tests hold it to its
// promises: an edit shows at once, each language gets its own page, and nobody signed in is
// ever given a kept page.

const CACHE_HEADER = "x-fristvakt-page-cache";

// Kept pages are for page views, which ask for HTML (the router's fetches do not).
test.use({ extraHTTPHeaders: { accept: "text/html,application/xhtml+xml" } });

test("an anonymous visitor gets a kept item page until an editor changes the item, then the new one at once", async ({ page, request }) => {
  const db = e2eDb();
  const title = `Høring om kortere saksbehandling ${Date.now()}`;
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-03-03", title });
  const address = `/items/${item.id}`;

  // Tests running alongside change content too, which starts a new generation: ask until kept.
  await expect.poll(async () => (await request.get(address)).headers()[CACHE_HEADER]).toBe("hit");
  expect(await (await request.get(address)).text()).toContain(title);

  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  const own = await page.goto(address);
  expect(own?.headers()[CACHE_HEADER]).toBeUndefined();
  await expect(page.getByRole("link", { name: "Rediger saken" })).toBeVisible();
  await page.getByRole("link", { name: "Rediger saken" }).click();
  await page.getByLabel("Tittel").fill(`${title} (endret)`);
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (endret)`);

  const after = await request.get(address);
  expect(after.headers()[CACHE_HEADER]).toBeDefined();
  expect(await after.text()).toContain(`${title} (endret)`);
});

test("each language has its own kept page, and a chosen language beats the browser's", async ({ request }) => {
  const inEnglish = await request.get("/items", { headers: { "accept-language": "en-GB,en;q=0.9" } });
  expect(await inEnglish.text()).toContain('<html lang="en"');
  const norwegian = await request.get("/items", { headers: { "accept-language": "nb-NO,nb;q=0.9" } });
  expect(await norwegian.text()).toContain('<html lang="nb"');
  const chosen = await request.get("/items", { headers: { "accept-language": "en", cookie: "fristvakt-locale=nb" } });
  expect(await chosen.text()).toContain('<html lang="nb"');
  const english = () => request.head("/items", { headers: { "accept-language": "en" } });
  await expect.poll(async () => (await english()).headers()[CACHE_HEADER]).toBe("hit");
  expect((await english()).status()).toBe(200);
});

// A signed-in member once smuggled their session into the cache's own render by hiding it in
// the language cookie ("x; authjs.session-token=…"); the kept page then showed everyone their
// "Logg ut" and their organisation's private statuses. The cache renders with nothing from the
// request but the address and a checked language.
test("a session smuggled in the language cookie never reaches a page kept for anonymous visitors", async ({ page, request }) => {
  const db = e2eDb();
  const { organisation, user } = await createMember();
  const item = await createItem(db, {
    actorId: (await createActor(db)).id,
    deadline: "2025-03-03",
    title: `Høring om tolketjenester ${Date.now()}`,
  });
  await createResponseRow(db, { itemId: item.id, organisationId: organisation.id, status: "IN_PROGRESS" });
  await signIn(page, user.email);
  const session = (await page.context().cookies()).find((cookie) => cookie.name.includes("session-token"));
  expect(session).toBeDefined();

  // The member's own view shows what must not leak, so the checks below can fail.
  const own = await page.goto(`/items/${item.id}`);
  expect(own?.headers()[CACHE_HEADER]).toBeUndefined();
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  expect(await page.content()).toContain("Under arbeid");

  const smuggled = `fristvakt-locale=x%3B%20${session!.name}%3D${encodeURIComponent(session!.value)}`;
  for (const address of [`/items/${item.id}?v=${Date.now()}`, `/actors?v=${Date.now()}`, `/?p=2&v=${Date.now()}`]) {
    // Poison and look in one generation: content edits by other tests start a new one, so retry.
    await expect
      .poll(
        async () => {
          await request.get(address, { headers: { cookie: smuggled } });
          const anonymous = await request.get(address);
          const body = await anonymous.text();
          expect(body).not.toContain("Logg ut");
          expect(body).not.toContain("Under arbeid");
          expect(body).not.toContain(organisation.name);
          return anonymous.headers()[CACHE_HEADER];
        },
        { message: address },
      )
      .toBe("hit");
  }
});
