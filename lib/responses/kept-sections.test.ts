// "Mine frister" kept between requests: one organisation's members never see another's
// sections through it, whatever order their requests come in, and a change of a response, of
// an item or of a user's name is seen at the very next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createItem, createOrganisationRow, createResponseRow, createUserRow, viewerOf } from "../dev/testing/factories";
import type { SignedInViewer } from "../auth/viewer-types";
import { forgetKeptSections, readSectionsVersion } from "./kept-sections";
import { getMyDeadlines, getMySectionPage } from "./my-deadlines";
import type { MyDeadlines } from "./types";

// 10 January 2025, noon in Oslo.
const NOW = new Date("2025-01-10T11:00:00Z");

describe("Mine frister kept between requests", () => {
  let database: TestDatabase;
  let alfa: SignedInViewer;
  let beta: SignedInViewer;
  const item: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const a = await createOrganisationRow(db, { name: "Alfa" });
    const b = await createOrganisationRow(db, { name: "Beta" });
    alfa = viewerOf(await createUserRow(db, { organisationId: a.id })) as SignedInViewer;
    beta = viewerOf(await createUserRow(db, { organisationId: b.id })) as SignedInViewer;
    const actorId = (await createActor(db)).id;
    for (const [key, deadline] of [
      ["Høring om arbeidsmiljøloven", "2025-01-15"],
      ["Høring om utlendingsforskriften", "2025-01-20"],
      ["Innspill til handlingsplan mot menneskehandel", "2025-02-10"],
    ] as const) {
      item[key] = (await createItem(db, { actorId, title: key, deadline })).id;
    }
    // Alfa works on the first and has answered the third; Beta answered the first and follows the second.
    await createResponseRow(db, { organisationId: a.id, itemId: item["Høring om arbeidsmiljøloven"], status: "IN_PROGRESS" });
    await createResponseRow(db, {
      organisationId: a.id,
      itemId: item["Innspill til handlingsplan mot menneskehandel"],
      status: "ANSWERED",
    });
    await createResponseRow(db, { organisationId: b.id, itemId: item["Høring om arbeidsmiljøloven"], status: "ANSWERED" });
    await createResponseRow(db, { organisationId: b.id, itemId: item["Høring om utlendingsforskriften"], status: "FOLLOWING" });
    forgetKeptSections();
  });
  afterAll(() => database.drop());

  const asked = async (viewer: SignedInViewer) =>
    getMyDeadlines(database.db, viewer, NOW, { version: await readSectionsVersion(database.db, viewer.organisationId!) });
  const read = (viewer: SignedInViewer) => getMyDeadlines(database.db, viewer, NOW);
  const shape = (mine: MyDeadlines) =>
    Object.fromEntries(
      Object.entries(mine).map(([section, { entries, total }]) => [
        section,
        { total, entries: entries.map(({ item, response }) => [item.title, response?.status ?? null, response?.responsibleName ?? null]) },
      ]),
    );

  it("answers each organisation with its own sections, however the requests interleave", async () => {
    const expected = { alfa: shape(await read(alfa)), beta: shape(await read(beta)) };
    expect(expected.alfa).not.toEqual(expected.beta);
    const order = [alfa, beta, beta, alfa, beta, alfa, alfa, beta];
    const answers = await Promise.all(order.map((viewer) => asked(viewer)));
    for (const [index, viewer] of order.entries()) {
      expect(shape(answers[index])).toEqual(viewer === alfa ? expected.alfa : expected.beta);
      for (const { response } of Object.values(answers[index]).flatMap((section) => section.entries)) {
        if (response)
          expect((await database.db.response.findUniqueOrThrow({ where: { id: response.id } })).organisationId).toBe(viewer.organisationId);
      }
    }
    // Kept: the second request of an organisation is answered from memory, not read again.
    const first = await asked(alfa);
    expect((await asked(alfa)).answered).toBe(first.answered);
    expect((await asked(beta)).answered).not.toBe(first.answered);
  });

  it("sees a changed response at the next request, and only in its own organisation", async () => {
    const betaBefore = shape(await asked(beta));
    await database.db.response.update({
      where: { organisationId_itemId: { organisationId: alfa.organisationId!, itemId: item["Høring om arbeidsmiljøloven"] } },
      data: { status: "DECLINED", responsibleUserId: alfa.userId },
    });
    expect(shape(await asked(alfa))).toEqual(shape(await read(alfa)));
    expect(shape(await asked(alfa)).answered.entries).toContainEqual(["Høring om arbeidsmiljøloven", "DECLINED", alfa.name]);
    expect(shape(await asked(beta))).toEqual(betaBefore);
  });

  it("sees a new or removed response, a renamed colleague and a changed item at the next request", async () => {
    await createResponseRow(db(), {
      organisationId: alfa.organisationId!,
      itemId: item["Høring om utlendingsforskriften"],
      status: "PLANNED",
    });
    expect(shape(await asked(alfa))).toEqual(shape(await read(alfa)));
    expect(shape(await asked(alfa)).inProgress.total).toBe(1);

    await db().user.update({ where: { id: alfa.userId }, data: { name: "Kari Nordmann" } });
    expect(shape(await asked(alfa)).answered.entries).toContainEqual(["Høring om arbeidsmiljøloven", "DECLINED", "Kari Nordmann"]);

    await db().item.update({
      where: { id: item["Høring om utlendingsforskriften"] },
      data: { title: "Høring om endringer i utlendingsforskriften" },
    });
    expect(shape(await asked(alfa)).inProgress.entries[0][0]).toBe("Høring om endringer i utlendingsforskriften");
    expect(shape(await asked(beta))).toEqual(shape(await read(beta)));

    await db().response.deleteMany({ where: { organisationId: alfa.organisationId!, itemId: item["Høring om utlendingsforskriften"] } });
    expect(shape(await asked(alfa))).toEqual(shape(await read(alfa)));
  });

  it("pages of a section are kept apart from the overview and from each other", async () => {
    const version = await readSectionsVersion(db(), alfa.organisationId!);
    const page = await getMySectionPage(db(), alfa, NOW, "answered", 1, { version });
    expect(page.entries.map((entry) => entry.item.title)).toEqual(
      (await getMySectionPage(db(), alfa, NOW, "answered", 1)).entries.map((entry) => entry.item.title),
    );
    const theirs = await getMySectionPage(db(), beta, NOW, "answered", 1, {
      version: await readSectionsVersion(db(), beta.organisationId!),
    });
    expect(theirs.entries.map((entry) => entry.response?.status)).toEqual(["ANSWERED"]);
    expect(theirs.entries[0].item.title).toBe("Høring om arbeidsmiljøloven");
  });

  it("lets a seminar that ends leave the kept sections when it ends, without any change in the database", async () => {
    const seminarId = (
      await createItem(db(), {
        actorId: (await createActor(db(), { slug: "seminar-arrangor" })).id,
        title: "Frokostseminar om utnyttelse i arbeidslivet",
        kind: "SEMINAR",
        startOn: "2025-01-10",
        startAt: new Date("2025-01-10T10:00:00Z"),
        endAt: new Date("2025-01-10T11:30:00Z"),
      })
    ).id;
    await createResponseRow(db(), { organisationId: alfa.organisationId!, itemId: seminarId, status: "PLANNED" });
    const version = await readSectionsVersion(db(), alfa.organisationId!);
    const titlesAt = async (at: Date) =>
      (await getMyDeadlines(db(), alfa, at, { version })).inProgress.entries.map((entry) => entry.item.title);
    expect(await titlesAt(NOW)).toContain("Frokostseminar om utnyttelse i arbeidslivet");
    expect(await titlesAt(new Date("2025-01-10T11:29:00Z"))).toContain("Frokostseminar om utnyttelse i arbeidslivet");
    expect(await titlesAt(new Date("2025-01-10T11:30:00Z"))).not.toContain("Frokostseminar om utnyttelse i arbeidslivet");
  });

  const db = () => database.db;
});
