// `npm run sources` against a real database: the commands a person types, and the same
// commands while another process (npm start) runs the embedded server on the data folder.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDataDir, startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { startFixtureServer } from "../sources/fixture-server";
import { fixture } from "../sources/test-support";

function sources(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/sources.ts", ...args], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, FRISTVAKT_NOW: "2026-12-03T12:00:00+01:00", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asynchronously, so that a server in this process can answer the command's requests. */
function sourcesAsync(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/sources.ts", ...args], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, FRISTVAKT_NOW: "2026-12-03T12:00:00+01:00", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each command starts a Node process with tsx, several seconds on a busy machine.
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t.drop();
});

describe("npm run sources", { timeout: 90_000 }, () => {
  it("adds a source and lists it as JSON", () => {
    const added = sources(["add", "--type", "ics", "--url", "https://partner.example.org/kurs.ics", "--name", "Partnerkurs", "--publish"], {
      DATABASE_URL: t.url,
    });
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added Partnerkurs \(publish\)/);

    const listed = sources(["list", "--json"], { DATABASE_URL: t.url });
    expect(listed.code).toBe(0);
    const json = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(json).toEqual([
      expect.objectContaining({
        type: "ics",
        url: "https://partner.example.org/kurs.ics",
        name: "Partnerkurs",
        mode: "publish",
        lastPolledAt: null,
        lastError: null,
        itemCount: 0,
        pendingCount: 0,
      }),
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

describe("npm run sources -- poll", { timeout: 90_000 }, () => {
  it("polls every source once, prints what each found, and exits 0 though one of them failed", async () => {
    const server = await startFixtureServer();
    try {
      server.routes.set("/kurs.ics", { body: fixture("calendar/partner-courses.ics") });
      server.routes.set("/broken.xml", { body: "", status: 503 });
      const database = await createTestDatabase();
      try {
        const env = { DATABASE_URL: database.url };
        expect(sources(["add", "--type", "ics", "--url", `${server.base}/kurs.ics`, "--name", "Kurs", "--publish"], env).code).toBe(0);
        expect(sources(["add", "--type", "rss", "--url", `${server.base}/broken.xml`, "--name", "Nyheter"], env).code).toBe(0);

        const polled = await sourcesAsync(["poll"], env);

        expect(polled.stderr).toBe("");
        expect(polled.code).toBe(0);
        expect(polled.stdout).toMatch(/^Kurs: 6 published, 0 for review, 0 updated, 0 cancelled, 0 unchanged\.$/m);
        expect(polled.stdout).toMatch(/^Nyheter: failed\. The server answered 503; Fristvakt waits longer before asking again\.$/m);
        expect(server.hits.get("/kurs.ics")).toBe(1);
        const listed = JSON.parse(sources(["list", "--json"], env).stdout) as {
          name: string;
          itemCount: number;
          lastError: string | null;
        }[];
        expect(listed.map((s) => [s.name, s.itemCount, s.lastError !== null])).toEqual([
          ["Kurs", 6, false],
          ["Nyheter", 0, true],
        ]);
      } finally {
        await database.drop();
      }
    } finally {
      await server.close();
    }
  });
});

describe("while npm start runs the embedded database", { timeout: 90_000 }, () => {
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
