import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { snapshotDatabase } from "../dev/testing/db-snapshot";
import { createActor, createItem, createOrganisationRow, createResponseRow, createUserRow, viewerOf } from "../dev/testing/factories";
import { getResponsesForFeedOwner } from "../responses/feed-responses";
import type { Viewer } from "../auth/viewer-types";
import { findOrganisationByFeedToken } from "./feed-token-lookup";
import { generateFeedToken, hashFeedToken, isFeedTokenShaped } from "../auth/token-secret";
import { createFeedToken, listFeedTokens, revokeFeedToken } from "./feed-tokens";

const NOW = new Date("2025-01-10T11:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("private feed tokens", () => {
  let database: TestDatabase;
  let memberA: Viewer;
  let memberB: Viewer;
  let orgA: { id: string; name: string };
  beforeAll(async () => {
    database = await createTestDatabase();
    orgA = await createOrganisationRow(database.db, { name: "Alfa" });
    const orgB = await createOrganisationRow(database.db);
    memberA = viewerOf(await createUserRow(database.db, { organisationId: orgA.id }));
    memberB = viewerOf(await createUserRow(database.db, { organisationId: orgB.id }));
  });
  afterAll(() => database.drop());

  it("makes 256-bit URL-safe tokens that differ every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, generateFeedToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(isFeedTokenShaped(token)).toBe(true);
    expect(Buffer.from([...tokens][0], "base64url")).toHaveLength(32);
  });

  it("stores only the hash: the plain token appears nowhere in the database", async () => {
    const { token, feedToken } = await createFeedToken(database.db, memberA, { name: "Outlook på kontoret" }, NOW);
    const row = await database.db.feedToken.findUniqueOrThrow({ where: { id: feedToken.id } });
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(row.tokenHash).not.toContain(token);
    const everything = await database.db.$queryRawUnsafe<{ dump: string }[]>(
      `SELECT string_agg(t::text, '|') AS dump FROM (SELECT f::text FROM feed_token f UNION ALL SELECT a::text FROM audit_event a) t`,
    );
    expect(everything[0].dump).not.toContain(token);
    expect(everything[0].dump).toContain("Outlook på kontoret");
  });

  it("finds the organisation by token until it is revoked; unknown and malformed tokens find nothing", async () => {
    const { token, feedToken } = await createFeedToken(database.db, memberA, { name: "Mobil" }, NOW);
    expect(await findOrganisationByFeedToken(database.db, token, later(1))).toMatchObject({
      organisationId: orgA.id,
      organisationName: "Alfa",
    });
    expect((await database.db.feedToken.findUniqueOrThrow({ where: { id: feedToken.id } })).lastUsedAt).toEqual(later(1));
    await findOrganisationByFeedToken(database.db, token, later(2));
    expect((await database.db.feedToken.findUniqueOrThrow({ where: { id: feedToken.id } })).lastUsedAt).toEqual(later(1));
    expect(await findOrganisationByFeedToken(database.db, generateFeedToken(), NOW)).toBeNull();
    expect(await findOrganisationByFeedToken(database.db, `${token}x`, NOW)).toBeNull();
    expect(await findOrganisationByFeedToken(database.db, "../../etc/passwd", NOW)).toBeNull();
    await revokeFeedToken(database.db, memberA, { feedTokenId: feedToken.id }, later(3));
    expect(await findOrganisationByFeedToken(database.db, token, later(4))).toBeNull();
  });

  it("answers another organisation's token id like one that does not exist, and changes nothing", async () => {
    const { token, feedToken } = await createFeedToken(database.db, memberA, { name: "Delt kalender" }, NOW);
    const before = await snapshotDatabase(database.db);
    await expect(revokeFeedToken(database.db, memberB, { feedTokenId: feedToken.id }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    expect((await listFeedTokens(database.db, memberB)).map((t) => t.id)).not.toContain(feedToken.id);
    expect(await findOrganisationByFeedToken(database.db, token, NOW)).not.toBeNull();
  });

  it("lists the organisation's links without any secret", async () => {
    const links = await listFeedTokens(database.db, memberA);
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links)
      expect(Object.keys(link).sort()).toEqual(["createdAt", "createdByName", "id", "lastUsedAt", "name", "revokedAt"]);
  });

  it("gives the token's organisation its own responses for the feed, nobody else's", async () => {
    const item = await createItem(database.db, { actorId: (await createActor(database.db)).id });
    const other = await createOrganisationRow(database.db);
    await createResponseRow(database.db, { organisationId: orgA.id, itemId: item.id, status: "IN_PROGRESS" });
    await createResponseRow(database.db, { organisationId: other.id, itemId: item.id, status: "ANSWERED" });
    const { token } = await createFeedToken(database.db, memberA, { name: "Feed" }, NOW);
    const owner = await findOrganisationByFeedToken(database.db, token, NOW);
    const responses = await getResponsesForFeedOwner(database.db, owner!);
    expect([...responses.values()].map((r) => [r.itemId, r.status])).toEqual([[item.id, "IN_PROGRESS"]]);
  });
});
