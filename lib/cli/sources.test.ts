// `npm run sources` against a real database: the commands a person types, and the same
// commands while another process (npm start) runs the embedded server on the data folder.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDataDir, startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded";
import { createTestDatabase, type TestDatabase } from "../testing/test-db";

function sources(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/sources.ts", ...args], {
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

afterAll(async () => {
  await t.drop();
});

describe("npm run sources", () => {
  it("adds a source and lists it as JSON", () => {
    const added = sources(["add", "--type", "ics", "--url", "https://partner.example.org/kurs.ics", "--name", "Partnerkurs", "--publish"], { DATABASE_URL: t.url });
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added Partnerkurs \(publish\)/);

    const listed = sources(["list", "--json"], { DATABASE_URL: t.url });
    expect(listed.code).toBe(0);
    const json = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(json).toEqual([
      expect.objectContaining({ type: "ics", url: "https://partner.example.org/kurs.ics", name: "Partnerkurs", mode: "publish", lastPolledAt: null, lastError: null, itemCount: 0, pendingCount: 0 }),
    ]);
    expect(typeof json[0].id).toBe("string");
  });

  it("refuses a bad address or a source already there with one sentence and exit 1, and bad usage with exit 2", () => {
    const bad = sources(["add", "--type", "ics", "--url", "partner.example.org/kurs.ics"], { DATABASE_URL: t.url });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe("Could not save the source: Write a whole address starting with https:// or http://.");
    const twice = sources(["add", "--type", "ics", "--url", "https://partner.example.org/kurs.ics"], { DATABASE_URL: t.url });
    expect(twice.code).toBe(1);
    expect(twice.stderr.trim()).toBe("Could not save the source: This source is already there.");
    const usage = sources(["remove"], { DATABASE_URL: t.url });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^"remove" is not a command/);
  });
});

describe("while npm start runs the embedded database", () => {
  let server: EmbeddedServer;
  let dataDir: string;

  beforeAll(async () => {
    const pgDir = makeTempDataDir("fristvakt-cli");
    dataDir = path.dirname(pgDir);
    server = await startEmbeddedPostgres({ dataDir: pgDir });
  });

  afterAll(async () => {
    await server.stop();
  });

  it("works on the running server instead of starting a second one", () => {
    const env = { DATABASE_URL: "", FRISTVAKT_DATA_DIR: dataDir };
    expect(sources(["add", "--type", "rss", "--url", "https://partner.example.org/nyheter.xml"], env).code).toBe(0);
    const listed = sources(["list", "--json"], env);
    expect(listed.stderr).toBe("");
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ type: "rss", name: "partner.example.org", mode: "review" })]);
  });
});
