// `npm run import` as a script uses it: exit codes, what goes to standard output and error,
// and importing the same file twice into a real database.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const FIXTURE = path.join(import.meta.dirname, "fixtures", "kom-2024-q4.txt");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-cli-"));
let test: TestDatabase;

async function run(args: string[], env: Record<string, string> = {}) {
  const result = await promisify(execFile)(TSX, ["lib/cli/import.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, FRISTVAKT_DATA_DIR: dir, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  return result;
}

beforeAll(async () => {
  test = await createTestDatabase();
});

afterAll(async () => {
  await test.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each run starts tsx and a worker thread: seconds on a busy machine.
describe("npm run import", { timeout: 60_000 }, () => {
  it("explains itself with --help", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run import -- <file> [--dry-run] [--json] [--as-of YYYY-MM-DD]");
  });

  it("prints only the JSON array with --json", async () => {
    const { code, stdout } = await run([FIXTURE, "--json", "--dry-run"]);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Record<string, unknown>[];
    expect(items).toHaveLength(22);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        ["deadline", "end", "issuer", "kind", "location", "online", "reference", "sentDate", "start", "title", "url"].sort(),
      );
    }
    expect(items[7]).toMatchObject({
      kind: "HEARING",
      issuer: "DFD",
      reference: "NOU 2024:17",
      sentDate: "2024-10-16",
      deadline: "2025-01-17",
    });
  });

  it("refuses bad input with a sentence and a non-zero exit code", async () => {
    const empty = path.join(dir, "tom.txt");
    fs.writeFileSync(empty, "");
    const { code, stdout, stderr } = await run([empty], { DATABASE_URL: test.url });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("Import failed: tom.txt is empty: there is nothing to import.");
    expect((await run([FIXTURE, "--as-of", "10.01.2025"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it("saves the new items, and nothing the second time", async () => {
    const first = await run([FIXTURE], { DATABASE_URL: test.url });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Saved 22 new, skipped 0 already there, in the database at DATABASE_URL.");
    const second = await run([FIXTURE, "--json"], { DATABASE_URL: test.url });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toHaveLength(22);
    expect(second.stderr).toContain("Saved 0 new, skipped 22 already there");
    expect(await test.db.item.count()).toBe(22);
  });
});
