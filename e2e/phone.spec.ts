import { expect, test, type Page } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { createMember, createUser, signIn } from "./accounts";
import { e2eDb } from "./database";

// No page may be wider than a phone's screen: checked at 390 px (a common phone) and 320 px
// (the narrowest still in use), for visitors and for each role.

const WIDTHS = [390, 320];
// Many pages at two widths each: more than one page load's worth of time.
test.describe.configure({ timeout: 180_000 });

async function overflowOf(page: Page): Promise<{ width: number; offenders: string[] }> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    // A wide table may scroll inside its own box; what may not happen is the page scrolling sideways.
    const scrollsInside = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const offenders = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > limit + 1 && !scrollsInside(element))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { width: document.documentElement.scrollWidth - limit, offenders };
  });
}

async function expectFits(page: Page, paths: string[]) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      const { width: extra, offenders } = await overflowOf(page);
      expect({ path, width, extra, offenders }).toEqual({ path, width, extra: 0, offenders: [] });
    }
  }
}

test("public pages fit a phone screen", async ({ page }) => {
  const item = await e2eDb().item.findFirstOrThrow({ where: { reference: "NOU 2024:17" }, select: { id: true } });
  await expectFits(page, [
    "/",
    "/items",
    "/items?status=closed&q=nou",
    `/items/${item.id}`,
    "/actors",
    "/actors/jd",
    "/topics",
    "/topics/menneskehandel",
    "/subscribe?actor=jd",
    "/sign-in",
    "/finnes-ikke",
  ]);
});

test("a member's pages fit a phone screen", async ({ page }) => {
  const db = e2eDb();
  const item = await createItem(db, {
    actorId: (await createActor(db)).id,
    deadline: "2025-01-15",
    title: "Høring om endringer i utlendingsforskriften og tilhørende regelverk",
  });
  const { user, organisation } = await createMember({ organisationName: "Stiftelsen Kirkens Bymisjon Oslo" });
  await db.response.create({
    data: { organisationId: organisation.id, itemId: item.id, status: "IN_PROGRESS", internalDeadline: new Date("2025-01-13T00:00:00Z") },
  });
  await signIn(page, user.email);
  await expectFits(page, ["/", "/items", `/items/${item.id}`, "/my", "/my?section=in-progress", "/my/feeds", "/profile", "/subscribe"]);
});

test("an editor's and an admin's pages fit a phone screen", async ({ page, browser }) => {
  const db = e2eDb();
  const item = await createItem(db, { actorId: (await createActor(db)).id, deadline: "2025-01-20" });
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await expectFits(page, ["/items", `/items/${item.id}`, `/items/${item.id}/edit`, "/items/new", "/import"]);

  const context = await browser.newContext();
  const adminPage = await context.newPage();
  const admin = await createUser("ADMIN");
  await signIn(adminPage, admin.email);
  await expectFits(adminPage, ["/admin", `/items/${item.id}`, "/profile"]);
  await context.close();
});
