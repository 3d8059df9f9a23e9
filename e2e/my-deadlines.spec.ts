import { expect, test } from "@playwright/test";
import { createActor, createItem } from "../lib/dev/testing/factories";
import { createMember, signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

// The app's clock is pinned to Friday 10 January 2025, noon in Oslo; closing soon is 14 days.

test("Mine frister puts each item in one section, shows internal deadlines, and marks overdue and done", async ({ page }) => {
  const db = e2eDb();
  const actor = await createActor(db);
  const stamp = Date.now();
  const { user, organisation } = await createMember();
  const make = async (title: string, deadline: string, status?: "IN_PROGRESS" | "ANSWERED" | "PLANNED", internalDeadline?: string) => {
    const item = await createItem(db, { actorId: actor.id, deadline, title: `${title} ${stamp}` });
    if (status) {
      await db.response.create({
        data: {
          organisationId: organisation.id,
          itemId: item.id,
          status,
          internalDeadline: internalDeadline ? new Date(`${internalDeadline}T00:00:00Z`) : null,
          answeredOn: status === "ANSWERED" ? new Date("2025-01-08T00:00:00Z") : null,
        },
      });
    }
    return item;
  };
  const working = await make("Arbeid som stenger snart", "2025-01-15", "IN_PROGRESS", "2025-01-09");
  const overdue = await make("Glemt høring", "2025-01-07");
  const answered = await make("Besvart høring", "2025-01-20", "ANSWERED");
  const planned = await make("Planlagt innspill", "2025-03-01", "PLANNED", "2025-02-20");
  await signIn(page, user.email);
  await page.goto("/my");

  const sectionsOf = async (title: string) => {
    const ids: string[] = [];
    for (const id of ["overdue", "closing-soon", "in-progress", "answered"]) {
      if ((await page.locator(`section#${id} article`, { hasText: title }).count()) > 0) ids.push(id);
    }
    return ids;
  };
  expect(await sectionsOf(working.title)).toEqual(["in-progress"]);
  expect(await sectionsOf(overdue.title)).toEqual(["overdue"]);
  expect(await sectionsOf(answered.title)).toEqual(["answered"]);
  expect(await sectionsOf(planned.title)).toEqual(["in-progress"]);
  await expect(page.locator("section#in-progress .empty")).toHaveCount(0);

  const workingCard = page.locator("article", { hasText: working.title });
  await expect(workingCard.locator(".internal-deadline")).toContainText("Intern frist: 9. januar 2025");
  await expect(workingCard.locator(".internal-deadline.is-passed")).toContainText("passert");
  await expect(page.locator("article", { hasText: planned.title }).locator(".internal-deadline")).toContainText("20. februar 2025");
  await expect(page.locator("article", { hasText: planned.title }).locator(".internal-deadline.is-passed")).toHaveCount(0);

  const overdueBadge = page.locator("article", { hasText: overdue.title }).locator(".status-badge");
  await expect(overdueBadge).toHaveText("Forfalt");
  await expect(overdueBadge).toHaveClass(/status-overdue/);

  const answeredCard = page.locator("article", { hasText: answered.title });
  await expect(answeredCard.locator(".countdown")).toHaveCount(0);
  await expect(answeredCard.locator(".status-badge")).toHaveText("Besvart");
  await expect(answeredCard.locator(".status-badge")).toHaveClass(/status-done/);

  // The rule is written on the page.
  await expect(page.locator(".my-rule")).toContainText("Hver sak står i én del");
  expect(await findSeriousViolations(page)).toEqual([]);
});

test("a section of Mine frister that does not exist answers 404, and its title says so", async ({ page }) => {
  const { user } = await createMember();
  await signIn(page, user.email);
  expect((await page.goto("/my?section=done"))?.status()).toBe(404);
  await expect(page).toHaveTitle("Siden finnes ikke – Fristvakt");
  expect((await page.goto("/my?section=overdue"))?.status()).toBe(200);
  await expect(page).toHaveTitle("Mine frister – Fristvakt");
});
