// The queries that show more than the public pages do, called as each kind of viewer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { AppError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createItem, createOrganisationRow, createUserRow, viewerOf } from "../dev/testing/factories";
import { getItemHistory } from "../audit/history";
import { listFeedTokens } from "../organisations/feed-tokens";
import { listOrganisations, listUsers } from "../organisations/queries";
import { getMyDeadlines, getMySectionPage } from "../responses/my-deadlines";
import { listResponsesForOrganisation } from "../responses/queries";
import { ANONYMOUS, type Viewer } from "./viewer-types";

const NOW = new Date("2025-01-10T11:00:00Z");
type Who = "anonymous" | "member" | "editor" | "admin";

describe("read access", () => {
  let database: TestDatabase;
  let viewers: Record<Who, Viewer>;
  let itemId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    itemId = (await createItem(db, { actorId: (await createActor(db)).id })).id;
    viewers = {
      anonymous: ANONYMOUS,
      member: viewerOf(await createUserRow(db, { organisationId: (await createOrganisationRow(db)).id })),
      editor: viewerOf(await createUserRow(db, { role: "EDITOR" })),
      admin: viewerOf(await createUserRow(db, { role: "ADMIN" })),
    };
  });
  afterAll(() => database.drop());

  const queries: Record<string, [(db: Db, viewer: Viewer) => Promise<unknown>, Record<Who, string>]> = {
    getItemHistory: [
      (db, v) => getItemHistory(db, v, itemId),
      { anonymous: "UNAUTHENTICATED", member: "FORBIDDEN", editor: "OK", admin: "OK" },
    ],
    listUsers: [listUsers, { anonymous: "UNAUTHENTICATED", member: "FORBIDDEN", editor: "FORBIDDEN", admin: "OK" }],
    listOrganisations: [listOrganisations, { anonymous: "UNAUTHENTICATED", member: "FORBIDDEN", editor: "FORBIDDEN", admin: "OK" }],
    listFeedTokens: [listFeedTokens, { anonymous: "UNAUTHENTICATED", member: "OK", editor: "FORBIDDEN", admin: "FORBIDDEN" }],
    getMyDeadlines: [
      (db, v) => getMyDeadlines(db, v, NOW),
      { anonymous: "UNAUTHENTICATED", member: "OK", editor: "FORBIDDEN", admin: "FORBIDDEN" },
    ],
    getMySectionPage: [
      (db, v) => getMySectionPage(db, v, NOW, "answered", 1),
      { anonymous: "UNAUTHENTICATED", member: "OK", editor: "FORBIDDEN", admin: "FORBIDDEN" },
    ],
    listResponsesForOrganisation: [
      listResponsesForOrganisation,
      { anonymous: "UNAUTHENTICATED", member: "OK", editor: "FORBIDDEN", admin: "FORBIDDEN" },
    ],
  };

  for (const [name, [query, expected]] of Object.entries(queries)) {
    it(`${name}: ${Object.entries(expected)
      .map(([who, code]) => `${who} ${code}`)
      .join(", ")}`, async () => {
      const outcomes: Record<string, unknown> = {};
      for (const who of Object.keys(expected) as Who[]) {
        outcomes[who] = await query(database.db, viewers[who]).then(
          () => "OK",
          (error: unknown) => (error instanceof AppError ? error.code : error),
        );
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
