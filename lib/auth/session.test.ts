import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account } from "next-auth";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createOrganisationRow, createUserRow } from "../dev/testing/factories";
import { createAuthCallbacks } from "./callbacks";
import { loadViewer } from "./load-viewer";
import { endSession, endSessions, sessionClaimsOf, startSession } from "./sessions";

const credentialsAccount = { type: "credentials", provider: "credentials", providerAccountId: "x" } as Account;
const oidcAccount = { type: "oidc", provider: "oidc", providerAccountId: "sub-1" } as Account;

describe("sessions", () => {
  let database: TestDatabase;
  let callbacks: ReturnType<typeof createAuthCallbacks>;
  beforeAll(async () => {
    database = await createTestDatabase();
    callbacks = createAuthCallbacks(() => database.db);
  });
  afterAll(() => database.drop());

  it("reads role, organisation and disabling from the database on every load", async () => {
    const org = await createOrganisationRow(database.db);
    const user = await createUserRow(database.db, { role: "MEMBER", organisationId: org.id });
    expect(await loadViewer(database.db, user.id)).toMatchObject({ isSignedIn: true, role: "MEMBER", organisationId: org.id });
    await database.db.user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect(await loadViewer(database.db, user.id)).toMatchObject({ role: "EDITOR" });
    await database.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadViewer(database.db, user.id)).toEqual({ isSignedIn: false });
    expect(await loadViewer(database.db, "not-a-uuid")).toEqual({ isSignedIn: false });
  });

  it("puts only the user's id, session version and session id in the token and the session", async () => {
    const user = await createUserRow(database.db);
    await database.db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    const token = await callbacks.jwt!({
      token: { sub: "x", name: "Kari", email: "kari@example.org", picture: null },
      user: { id: user.id, email: "kari@example.org", name: "Kari" },
      account: credentialsAccount,
    });
    expect(token).toEqual({ sub: user.id, sv: 3, sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const next = await callbacks.jwt!({ token: { ...token!, role: "ADMIN" }, user: undefined as never, account: null });
    expect(next).toEqual(token);
    const session = await callbacks.session!({ session: { expires: "2025-02-01", user: { name: "Kari" } }, token: next } as never);
    expect(session).toEqual({ expires: "2025-02-01", user: { id: user.id, sv: 3, sid: token!.sid } });
  });

  it("refuses a session once its user's sessions were ended, and takes the next sign-in", async () => {
    const user = await createUserRow(database.db);
    const phone = sessionClaimsOf(await startSession(database.db, user.id))!;
    // A cookie made before session versions existed carries neither: it is version 0.
    const older = sessionClaimsOf({ sub: user.id })!;
    expect(await loadViewer(database.db, phone)).toMatchObject({ isSignedIn: true, userId: user.id });
    expect(await loadViewer(database.db, older)).toMatchObject({ isSignedIn: true });
    await endSessions(database.db, user.id);
    expect(await loadViewer(database.db, phone)).toEqual({ isSignedIn: false });
    expect(await loadViewer(database.db, older)).toEqual({ isSignedIn: false });
    const again = sessionClaimsOf(await startSession(database.db, user.id))!;
    expect(again.version).toBe(1);
    expect(await loadViewer(database.db, again)).toMatchObject({ isSignedIn: true });
  });

  it("refuses a session signed out of, even from a kept copy, and no other session", async () => {
    const user = await createUserRow(database.db);
    const laptop = sessionClaimsOf(await startSession(database.db, user.id))!;
    const phone = sessionClaimsOf(await startSession(database.db, user.id))!;
    const now = new Date("2025-01-10T11:00:00Z");
    await endSession(database.db, laptop, new Date("2025-01-24T11:00:00Z"), now);
    await endSession(database.db, laptop, new Date("2025-01-24T11:00:00Z"), now);
    expect(await loadViewer(database.db, laptop)).toEqual({ isSignedIn: false });
    expect(await loadViewer(database.db, phone)).toMatchObject({ isSignedIn: true });
    // Rows for sessions that have expired anyway are pruned.
    await endSession(database.db, phone, new Date("2025-02-10T11:00:00Z"), new Date("2025-01-25T11:00:00Z"));
    expect(await database.db.endedSession.count({ where: { sessionId: laptop.sessionId! } })).toBe(0);
  });

  it("lets OpenID Connect sign in only an existing, active user with a verified e-mail", async () => {
    const user = await createUserRow(database.db, { email: "oidc-kari@example.org" });
    await createUserRow(database.db, { email: "oidc-disabled@example.org", disabledAt: new Date() });
    const signIn = (profile: Record<string, unknown>) => callbacks.signIn!({ user: { id: "random" }, account: oidcAccount, profile });
    expect(await signIn({ sub: "1", email: "OIDC-Kari@example.org", email_verified: true })).toBe(true);
    expect(await signIn({ sub: "1", email: "oidc-kari@example.org", email_verified: false })).toBe(false);
    expect(await signIn({ sub: "2", email: "ukjent@example.org" })).toBe(false);
    expect(await signIn({ sub: "3", email: "oidc-disabled@example.org" })).toBe(false);
    const token = await callbacks.jwt!({
      token: { sub: "1" },
      user: { id: "random" },
      account: oidcAccount,
      profile: { sub: "1", email: "oidc-kari@example.org" },
    });
    expect(token).toMatchObject({ sub: user.id, sv: 0 });
    expect(await callbacks.signIn!({ user: { id: "x" }, account: { ...oidcAccount, provider: "github" } as Account })).toBe(false);
  });
});
