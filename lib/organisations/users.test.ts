import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { countAuditEvents, snapshotDatabase } from "../dev/testing/db-snapshot";
import { createOrganisationRow, createUserRow, viewerOf } from "../dev/testing/factories";
import { loadViewer } from "../auth/load-viewer";
import { verifyCredentials } from "../auth/sign-in";
import type { Viewer } from "../auth/viewer-types";
import { createOrganisation, setOrganisationSharing } from "./mutations";
import { provisionUser } from "./provision";
import { listUsers } from "./queries";
import { acceptInvitation } from "../accounts/invitation";
import { hashAccountToken } from "../auth/account-tokens";
import { disableUser, enableUser, inviteUser, setMyLocale, setUserRole } from "./user-mutations";

const NOW = new Date("2025-01-10T11:00:00Z");

describe("organisations and users", () => {
  let database: TestDatabase;
  let admin: Viewer;
  let orgId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    admin = viewerOf(await createUserRow(database.db, { role: "ADMIN", name: "Admin" }));
    orgId = (await createOrganisationRow(database.db)).id;
  });
  afterAll(() => database.drop());

  it("creates an organisation with a Norwegian-friendly slug, and refuses the same name twice", async () => {
    const org = await createOrganisation(database.db, admin, { name: "  Kirkens Bymisjon Øst " }, NOW);
    expect(org).toMatchObject({ name: "Kirkens Bymisjon Øst", slug: "kirkens-bymisjon-ost", isResponsesPublic: false });
    const before = await snapshotDatabase(database.db);
    await expect(createOrganisation(database.db, admin, { name: "kirkens bymisjon øst" }, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("lets a member switch their own organisation's sharing, with one audit row", async () => {
    const member = viewerOf(await createUserRow(database.db, { organisationId: orgId }));
    const audits = await countAuditEvents(database.db);
    expect((await setOrganisationSharing(database.db, member, { isResponsesPublic: true }, NOW)).isResponsesPublic).toBe(true);
    await setOrganisationSharing(database.db, member, { isResponsesPublic: true }, NOW);
    expect(await countAuditEvents(database.db)).toBe(audits + 1);
  });

  it("invites a user with a lower-cased e-mail and no password; the link lets them choose one and sign in", async () => {
    const { user, token } = await inviteUser(
      database.db,
      admin,
      { email: "Ny.Bruker@Example.org", name: "Ny Bruker", role: "MEMBER", organisationId: orgId },
      NOW,
    );
    expect(user).toMatchObject({ email: "ny.bruker@example.org", role: "MEMBER", organisationId: orgId, hasPassword: false });
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBeNull();
    const stored = await database.db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ purpose: "INVITATION", tokenHash: hashAccountToken(token), usedAt: null });
    expect(stored.expiresAt.getTime() - NOW.getTime()).toBe(7 * 24 * 3_600_000);
    await acceptInvitation(
      database.db,
      { token, name: "Nora Bruker", password: "et-godt-passord", repeatPassword: "et-godt-passord" },
      NOW,
    );
    expect((await verifyCredentials(database.db, "ny.bruker@example.org", "et-godt-passord", null, NOW)).userId).toBe(user.id);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Nora Bruker");
    const audit = await database.db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(JSON.stringify(audit.map((event) => event.changes))).not.toMatch(/argon2|\$/);

    const again = { email: "ny.bruker@EXAMPLE.org", name: "Igjen", role: "EDITOR" as const };
    await expect(inviteUser(database.db, admin, again, NOW)).rejects.toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN" });
    const orphan = { email: "medlem@example.org", name: "Uten org", role: "MEMBER" as const };
    await expect(inviteUser(database.db, admin, orphan, NOW)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { organisationId: [{ reason: "memberNeedsOrganisation" }] },
    });
    const ghostOrg = { ...orphan, organisationId: "99999999-9999-4999-8999-999999999999" };
    await expect(inviteUser(database.db, admin, ghostOrg, NOW)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { organisationId: [{ reason: "organisationGone" }] },
    });
  });

  it("changes a role and disables a user, taking effect on their next request", async () => {
    const user = await createUserRow(database.db, { organisationId: orgId });
    await setUserRole(database.db, admin, { userId: user.id, role: "EDITOR" }, NOW);
    expect(await loadViewer(database.db, user.id)).toMatchObject({ role: "EDITOR" });
    await disableUser(database.db, admin, { userId: user.id }, NOW);
    expect((await loadViewer(database.db, user.id)).isSignedIn).toBe(false);
    // Re-enabling does not bring back the sessions the user had before.
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    await enableUser(database.db, admin, { userId: user.id }, NOW);
    expect((await loadViewer(database.db, user.id)).isSignedIn).toBe(true);
    const events = await database.db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.changes])).toEqual([
      ["update", { role: ["MEMBER", "EDITOR"] }],
      ["disable", { disabledAt: [null, NOW.toISOString()] }],
      ["enable", { disabledAt: [NOW.toISOString(), null] }],
    ]);
  });

  it("never leaves the system without an active admin, and nobody disables themselves", async () => {
    const db = database.db;
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.isSignedIn ? admin.userId : "" } }, data: { role: "EDITOR" } });
    const self = admin.isSignedIn ? admin.userId : "";
    await expect(setUserRole(db, admin, { userId: self, role: "EDITOR" }, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(disableUser(db, admin, { userId: self }, NOW)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const second = viewerOf(await createUserRow(db, { role: "ADMIN" }));
    const results = await Promise.allSettled([
      setUserRole(db, admin, { userId: second.isSignedIn ? second.userId : "", role: "EDITOR" }, NOW),
      setUserRole(db, second, { userId: self, role: "EDITOR" }, NOW),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });

  it("lets anyone signed in choose their own language", async () => {
    const user = viewerOf(await createUserRow(database.db));
    expect((await setMyLocale(database.db, user, { locale: "en" }, NOW)).locale).toBe("en");
    expect(await loadViewer(database.db, user.isSignedIn ? user.userId : "")).toMatchObject({ locale: "en" });
    await expect(setMyLocale(database.db, user, { locale: "de" as never }, NOW)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("provisions a user from the command line, creating the organisation once", async () => {
    const first = await provisionUser(
      database.db,
      { email: "cli@example.org", name: "Cli", password: "et-godt-passord", role: "MEMBER", organisationName: "Ny Stiftelse" },
      NOW,
    );
    expect(first).toMatchObject({ isOrganisationNew: true, organisation: { name: "Ny Stiftelse", slug: "ny-stiftelse" } });
    const second = await provisionUser(
      database.db,
      { email: "cli2@example.org", name: "Cli 2", password: "et-godt-passord", role: "EDITOR", organisationName: "ny stiftelse" },
      NOW,
    );
    expect(second).toMatchObject({ isOrganisationNew: false, user: { organisationId: first.organisation?.id } });
    const before = await snapshotDatabase(database.db);
    await expect(
      provisionUser(
        database.db,
        { email: "CLI@example.org", name: "Igjen", password: "et-godt-passord", role: "ADMIN", organisationName: "Tredje" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    expect((await listUsers(database.db, admin)).map((u) => u.email)).toContain("cli2@example.org");
  });
});
