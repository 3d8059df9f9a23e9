import { expect, test, type Page } from "@playwright/test";
import { makePdf } from "../lib/import/fixtures/make-pdf";
import { createUser, signIn } from "./accounts";
import { findSeriousViolations } from "./axe";
import { e2eDb } from "./database";

// The e2e database already holds both KOM newsletters, so this test reads one of its own:
// two hearings and a seminar in 2025, under a word no other item has.
const TAG = `Zebrafisk${Date.now().toString(36)}`;
const NEWSLETTER = `Nyhetsbrev fra Testforum januar–mars 2025

Forslag om bedre vern av sesongarbeidere ${TAG} på høring

Arbeids- og inkluderingsdepartementet sendte 6. januar på høring forslag om bedre vern av sesongarbeidere ${TAG}, se her.

Høringsfrist er 7. april.

Utredning om tolketjenester ${TAG} på høring

Justis- og beredskapsdepartementet sendte 8. januar på høring forslaget "Tolketjenester ${TAG}", se her.

Høringsfrist er 10. februar.

Fagdag om ${TAG} og utnyttelse

RVTS Øst arrangerer fagdag om ${TAG} og utnyttelse 12. mars kl. 09.00–15.30 i Oslo, se her.
`;

async function readNewsletter(page: Page) {
  await page.goto("/import");
  await page.getByLabel("Tekst").fill(NEWSLETTER);
  await page.getByRole("button", { name: "Les inn" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Fant 3 forslag/);
  return page.locator(".proposal-table tbody tr");
}

const rowWith = (rows: ReturnType<Page["locator"]>, text: string) => rows.filter({ has: rows.page().locator(`input[value*="${text}"]`) });
const countTagged = () => e2eDb().item.count({ where: { title: { contains: TAG } } });

test("an editor imports a newsletter, leaves one row out, and a second import proposes nothing new", async ({ page }) => {
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await page.goto("/");
  await page.getByRole("link", { name: "Importer" }).click();
  expect(await findSeriousViolations(page)).toEqual([]);

  const rows = await readNewsletter(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.locator(".new-badge")).toHaveCount(3);
  await expect(rowWith(rows, "tolketjenester")).toContainText("JD");
  await expect(rowWith(rows, "Fagdag").locator(".row-dates")).toContainText("kl. 09.00–15.30");
  expect(await findSeriousViolations(page)).toEqual([]);
  await rowWith(rows, "Fagdag").getByRole("checkbox").uncheck();
  await rowWith(rows, "sesongarbeidere").getByLabel("Tittel").fill(`Bedre vern av sesongarbeidere ${TAG}`);
  await page.getByRole("button", { name: "Lagre valgte" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Lagret 2 nye saker. 0 fantes fra før.");

  await page.goto(`/items?q=${TAG}`);
  await expect(page.locator("article")).toHaveCount(2);
  await expect(page.locator("article", { hasText: `Bedre vern av sesongarbeidere ${TAG}` })).toContainText("7. april 2025");
  await expect(page.locator("article", { hasText: "Fagdag" })).toHaveCount(0);

  // Read again: what was saved is marked and left out; only the row left out is new.
  const again = await readNewsletter(page);
  await expect(again.locator(".match-badge")).toHaveCount(2);
  await expect(rowWith(again, "tolketjenester").getByRole("checkbox")).not.toBeChecked();
  await expect(rowWith(again, "tolketjenester")).toContainText("Finnes fra før (importert før)");
  await expect(rowWith(again, "Fagdag").getByRole("checkbox")).toBeChecked();
  // Ticking what is already there saves nothing twice.
  await rowWith(again, "tolketjenester").getByRole("checkbox").check();
  await page.getByRole("button", { name: "Lagre valgte" }).click();
  await expect(page.locator(".notice.success")).toHaveText("Lagret 1 ny sak. 1 fantes fra før.");
  expect(await countTagged()).toBe(3);

  const third = await readNewsletter(page);
  await expect(third.locator(".match-badge")).toHaveCount(3);
  await expect(third.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Lagre valgte" }).click();
  await expect(page.locator(".notice.error")).toHaveText("Kryss av for minst én sak som skal lagres.");
  expect(await countTagged()).toBe(3);
});

test("bad uploads get a clear message and save nothing", async ({ page }) => {
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await page.goto("/import");
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await page.getByLabel("Fil").setInputFiles({ name, mimeType, buffer });
    await page.getByRole("button", { name: "Les inn" }).click();
  };
  await upload("tom.txt", "text/plain", Buffer.alloc(0));
  await expect(page.locator(".notice[role=alert]")).toHaveText("Filen er tom: det er ingenting å importere.");
  await upload("bilde.txt", "text/plain", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(page.locator(".notice[role=alert]")).toHaveText(/^Filen ser ikke ut som tekst, Markdown eller PDF/);
  await upload("skannet.pdf", "application/pdf", Buffer.from(makePdf([{ lines: [] }])));
  await expect(page.locator(".notice[role=alert]")).toHaveText(
    "PDF-en har ingen tekst (kanskje skannede sider). Importer teksten i stedet.",
  );
  await upload("stor.txt", "text/plain", Buffer.alloc(20 * 1024 * 1024 + 1, "a"));
  await expect(page.locator(".notice[role=alert]")).toHaveText("Filen er for stor: du kan importere filer på høyst 20 MB.");
  await page.getByLabel("Fil").setInputFiles([]);
  await page.getByRole("button", { name: "Les inn" }).click();
  await expect(page.locator(".notice[role=alert]")).toHaveText("Lim inn tekst eller velg en fil.");
  // Other tests save at the same time; this editor's own trail shows nothing was saved.
  expect(await e2eDb().auditEvent.count({ where: { actorUserId: editor.id } })).toBe(0);
});

test("a PDF newsletter is read into proposals", async ({ page }) => {
  const editor = await createUser("EDITOR");
  await signIn(page, editor.email);
  await page.goto("/import");
  const pdf = makePdf([
    { lines: ["Nyhetsbrev fra Testforum januar–mars 2025", "", "Veileder om PDF-lesing på høring"] },
    {
      lines: [
        "Barne- og familiedepartementet sendte 9. januar på høring",
        "en veileder om PDF-lesing, se her.",
        "",
        "Høringsfrist er 11. april.",
      ],
    },
  ]);
  await page.getByLabel("Fil").setInputFiles({ name: "nyhetsbrev.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await page.getByRole("button", { name: "Les inn" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Fant 1 forslag/);
  await expect(page.locator(".proposal-table tbody tr")).toContainText("BFD");
  await expect(page.locator(".proposal-table tbody tr input[type=date]").last()).toHaveValue("2025-04-11");
});
