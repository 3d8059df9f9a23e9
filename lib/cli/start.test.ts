// `npm start` when something is wrong: a plain sentence, a non-zero exit, no stack trace,
// and the data left as it was. Each case fails before the build, so they run in seconds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "../db/embedded";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runStart(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", FRISTVAKT_NOW: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function expectPlainFailure(result: { code: number | null; output: string }, sentence: RegExp) {
  expect(result.code).toBe(1);
  expect(result.output).toMatch(/Fristvakt could not start: /);
  expect(result.output).toMatch(sentence);
  expect(result.output).not.toMatch(/\n\s+at /);
}

describe("npm start refuses clearly", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("when the port is in use", async () => {
    const port = await findFreePort();
    const blocker = net.createServer().listen(port);
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    expectPlainFailure(runStart({ PORT: String(port) }), new RegExp(`Port ${port} is already in use`));
  });

  it("when PORT, FRISTVAKT_NOW or a memory setting is not valid", async () => {
    expectPlainFailure(runStart({ PORT: "eighty" }), /PORT must be a port number/);
    expectPlainFailure(runStart({ PORT: String(await findFreePort()), FRISTVAKT_NOW: "tomorrow" }), /FRISTVAKT_NOW/);
    expectPlainFailure(
      runStart({ PORT: String(await findFreePort()), FRISTVAKT_HEAP_MB: "64" }),
      /FRISTVAKT_HEAP_MB must be a whole number of megabytes from 128 to 16384, not "64"/,
    );
    expectPlainFailure(
      runStart({ PORT: String(await findFreePort()), FRISTVAKT_PAGE_CACHE_MB: "lots" }),
      /FRISTVAKT_PAGE_CACHE_MB must be/,
    );
  });

  it("when HOSTNAME names no address of this machine (the app listens where told)", async () => {
    const result = runStart({ PORT: String(await findFreePort()), HOSTNAME: "192.0.2.1" });
    expectPlainFailure(result, /Cannot listen on HOSTNAME=192\.0\.2\.1: this machine has no such address/);
  });

  it("when DATABASE_URL does not answer", async () => {
    const port = await findFreePort();
    const result = runStart({ PORT: String(await findFreePort()), DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${port}/fristvakt` });
    expectPlainFailure(result, /The PostgreSQL at DATABASE_URL does not answer/);
  });

  it("when an embedded server left behind still holds the data directory, and keeps the data", async () => {
    const dataDir = makeTempDataDir("fristvakt-orphan");
    const orphan = await startEmbeddedPostgres({ dataDir });
    cleanups.push(async () => {
      await orphan.stop();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    });
    const before = fs.readdirSync(dataDir).sort();
    const result = runStart({ PORT: String(await findFreePort()), FRISTVAKT_DATA_DIR: path.dirname(dataDir) });
    expectPlainFailure(result, /Another PostgreSQL server \(process \d+\) is already using the data directory/);
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
  });
});
