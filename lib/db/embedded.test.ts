// The embedded PostgreSQL's password: one per data folder, kept with mode 600; a folder made
// with the old fixed password is switched to its own at its next start; commands run beside
// a running server use it.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDataDir, openEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedServer } from "./embedded";
import { LEGACY_PASSWORD, passwordFileFor } from "./embedded-password";

async function canConnect(password: string, port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` });
  const ok = await client.connect().then(
    () => true,
    () => false,
  );
  await client.end().catch(() => undefined);
  return ok;
}

describe("the embedded PostgreSQL's password", () => {
  const servers: EmbeddedServer[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const dir of dirs) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("is made for each new data folder, kept readable by its owner only, and the old fixed one is refused", async () => {
    const dataDir = makeTempDataDir("fristvakt-password");
    dirs.push(dataDir);
    const server = await startEmbeddedPostgres({ dataDir });
    servers.push(server);
    const file = passwordFileFor(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, "utf8").trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.url).toContain(password);
    expect(await canConnect(password, server.port)).toBe(true);
    expect(await canConnect(LEGACY_PASSWORD, server.port)).toBe(false);

    // A command run while the server runs uses it, and leaves it running.
    const beside = await openEmbeddedPostgres({ dataDir });
    expect(beside.port).toBe(server.port);
    await beside.stop();
    expect(await canConnect(password, server.port)).toBe(true);
  });

  it("replaces the old fixed password of a data folder made before, keeping its data", async () => {
    const dataDir = makeTempDataDir("fristvakt-legacy");
    dirs.push(dataDir);
    const first = await startEmbeddedPostgres({ dataDir });
    const admin = new pg.Client({ connectionString: first.url });
    await admin.connect();
    await admin.query("CREATE TABLE kept (note text)");
    await admin.query("INSERT INTO kept VALUES ('fra før')");
    await admin.query(`ALTER ROLE postgres PASSWORD '${LEGACY_PASSWORD}'`);
    await admin.end();
    await first.stop();
    fs.rmSync(passwordFileFor(dataDir));

    const again = await startEmbeddedPostgres({ dataDir });
    servers.push(again);
    const password = fs.readFileSync(passwordFileFor(dataDir), "utf8").trim();
    expect(await canConnect(password, again.port)).toBe(true);
    expect(await canConnect(LEGACY_PASSWORD, again.port)).toBe(false);
    const client = new pg.Client({ connectionString: again.url });
    await client.connect();
    expect((await client.query("SELECT note FROM kept")).rows).toEqual([{ note: "fra før" }]);
    await client.end();
  });
});
