// The Auth.js configuration through its own route handlers, as app/api/auth/[...nextauth]
// will serve them: sign in with the Credentials provider, read the session, and check that
// the cookie names the user and nothing else.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createUserRow, TEST_PASSWORD } from "../dev/testing/factories";

const BASE = "http://localhost:3000/api/auth";

describe("Auth.js configuration", () => {
  let database: TestDatabase;
  let handlers: typeof import("./config").handlers;
  const saved = { ...process.env };

  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    process.env.FRISTVAKT_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-auth-"));
    delete process.env.AUTH_SECRET;
    ({ handlers } = await import("./config"));
  });
  afterAll(async () => {
    process.env = saved;
    // The app's shared client (lib/db/client.ts) was opened on this test's database.
    const shared = globalThis as { fristvaktDb?: { $disconnect(): Promise<void> } };
    await shared.fristvaktDb?.$disconnect();
    delete shared.fristvaktDb;
    await database.drop();
  });

  const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

  async function signIn(email: string, password: string, address: string) {
    const csrf = await handlers.GET(new Request(`${BASE}/csrf`) as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await handlers.POST(
      new Request(`${BASE}/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), "x-forwarded-for": address },
        body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "http://localhost:3000/" }),
      }) as never,
    );
    return { response, cookies: [...cookiesOf(csrf), ...cookiesOf(response)] };
  }

  it("offers the Credentials provider, and OpenID Connect only when configured", async () => {
    const providers = await (await handlers.GET(new Request(`${BASE}/providers`) as never)).json();
    expect(Object.keys(providers)).toEqual(["credentials"]);
  });

  it("signs in with e-mail and password and keeps only the user's id, session version and session id in the session", async () => {
    const user = await createUserRow(database.db, { role: "ADMIN", name: "Anne Admin" });
    const { response, cookies } = await signIn(user.email, TEST_PASSWORD, "198.51.100.1");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost:3000/");
    const session = await handlers.GET(new Request(`${BASE}/session`, { headers: { cookie: cookies.join("; ") } }) as never);
    const body = await session.json();
    // The session id names this session so signing out can end it; it opens nothing by itself.
    expect(body.user).toEqual({ id: user.id, sv: 0, sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(body)).not.toContain("Anne");
    expect(fs.readFileSync(path.join(process.env.FRISTVAKT_DATA_DIR!, "auth-secret"), "utf8").trim()).toHaveLength(43);
  });

  it("refuses a wrong password with Auth.js's generic error, and records the address", async () => {
    const user = await createUserRow(database.db);
    const { response, cookies } = await signIn(user.email, "feil-passord-123", "198.51.100.2");
    expect(response.headers.get("location")).toMatch(/error=CredentialsSignin/);
    const session = await handlers.GET(new Request(`${BASE}/session`, { headers: { cookie: cookies.join("; ") } }) as never);
    expect(await session.json()).toBeNull();
    expect(await database.db.loginAttempt.count({ where: { key: "address:198.51.100.2", succeeded: false } })).toBe(1);
  });
});
