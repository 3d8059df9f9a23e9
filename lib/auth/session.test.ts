import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account } from "next-auth";
import { createTestDatabase, type TestDatabase } from "../testing/test-db";
import { createOrganisationRow, createUserRow } from "../testing/factories";
import { createAuthCallbacks } from "./callbacks";
import { loadViewer } from "./load-viewer";

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

  it("puts only the user's id in the token and the session", async () => {
    const token = await callbacks.jwt!({
      token: { sub: "x", name: "Kari", email: "kari@example.org", picture: null },
      user: { id: "11111111-1111-4111-8111-111111111111", email: "kari@example.org", name: "Kari" },
      account: credentialsAccount,
    });
    expect(token).toEqual({ sub: "11111111-1111-4111-8111-111111111111" });
    const next = await callbacks.jwt!({ token: { sub: token!.sub, role: "ADMIN" }, user: undefined as never, account: null });
    expect(next).toEqual({ sub: token!.sub });
    const session = await callbacks.session!({ session: { expires: "2025-02-01", user: { name: "Kari" } }, token: next } as never);
    expect(session).toEqual({ expires: "2025-02-01", user: { id: token!.sub } });
  });

  it("lets OpenID Connect sign in only an existing, active user with a verified e-mail", async () => {
    const user = await createUserRow(database.db, { email: "oidc-kari@example.org" });
    await createUserRow(database.db, { email: "oidc-disabled@example.org", disabledAt: new Date() });
    const signIn = (profile: Record<string, unknown>) =>
      callbacks.signIn!({ user: { id: "random" }, account: oidcAccount, profile });
    expect(await signIn({ sub: "1", email: "OIDC-Kari@example.org", email_verified: true })).toBe(true);
    expect(await signIn({ sub: "1", email: "oidc-kari@example.org", email_verified: false })).toBe(false);
    expect(await signIn({ sub: "2", email: "ukjent@example.org" })).toBe(false);
    expect(await signIn({ sub: "3", email: "oidc-disabled@example.org" })).toBe(false);
    const token = await callbacks.jwt!({ token: { sub: "1" }, user: { id: "random" }, account: oidcAccount, profile: { sub: "1", email: "oidc-kari@example.org" } });
    expect(token).toEqual({ sub: user.id });
    expect(await callbacks.signIn!({ user: { id: "x" }, account: { ...oidcAccount, provider: "github" } as Account })).toBe(false);
  });
});
