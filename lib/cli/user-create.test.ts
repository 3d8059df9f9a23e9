// `npm run user:create` against a real database: a user created, then refused the second time
// in the English pages' words, and bad usage answered before any database opens.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";

function userCreate(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/user-create.ts", ...args], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, FRISTVAKT_NOW: "2026-12-03T12:00:00+01:00", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("npm run user:create", { timeout: 90_000 }, () => {
  it("creates a user with a new organisation, refuses the same address again, and answers bad usage with exit 2", async () => {
    const args = ["--email", "kari@kom.example.org", "--password", "et-langt-passord", "--role", "MEMBER", "--org", "KOM Testforum"];
    const created = userCreate(args, { DATABASE_URL: t.url });
    expect(created.stderr).toBe("");
    expect([created.code, created.stdout.trim()]).toEqual([0, "Created MEMBER kari@kom.example.org in KOM Testforum (new organisation)."]);
    expect(await t.db.user.count({ where: { email: "kari@kom.example.org" } })).toBe(1);

    const twice = userCreate(args, { DATABASE_URL: t.url });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^Could not create the user: /);
    expect(twice.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await t.db.user.count()).toBe(1);

    const usage = userCreate(["--email"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^--email needs a value\./);
  });
});
