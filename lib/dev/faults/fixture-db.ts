// A throwaway PostgreSQL for the benchmarks and fault scripts: started, migrated, filled, and
// removed afterwards. Its port stays fixed, so it can be killed and started again in place.
import fs from "node:fs";
import path from "node:path";
import { makeTempDataDir, startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { applyMigrations } from "../../db/migrate";
import { createPrismaClient, type Db } from "../../db/prisma";
import { hashPassword } from "../../auth/password";

export const FIXTURE_PASSWORD = "et-langt-testpassord";

export interface FixtureDb {
  url: string;
  server: EmbeddedServer;
  db: Db;
  dataDir: string;
  /** Starts the server again on the same data directory and port (after a crash). */
  restart(): Promise<void>;
  /** The postmaster's process id, from its lock file. */
  postmasterPid(): number;
  dispose(): Promise<void>;
}

export async function startFixtureDb(prefix: string): Promise<FixtureDb> {
  const dataDir = makeTempDataDir(prefix);
  let server = await startEmbeddedPostgres({ dataDir });
  await applyMigrations(server.url);
  const db = createPrismaClient(server.url, { max: 4 });
  const fixture: FixtureDb = {
    url: server.url,
    server,
    db,
    dataDir,
    async restart() {
      server = await startEmbeddedPostgres({ dataDir, port: server.port });
      fixture.server = server;
    },
    postmasterPid() {
      return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    },
    async dispose() {
      await db.$disconnect().catch(() => undefined);
      await server.stop().catch(() => undefined);
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
  return fixture;
}

/** An organisation with one member who signs in with FIXTURE_PASSWORD. */
export async function createMemberAccount(db: Db, label: string): Promise<{ organisationId: string; email: string }> {
  const organisation = await db.organisation.create({ data: { name: `Organisasjon ${label}`, slug: `org-${label}` } });
  const email = `medlem-${label}@example.org`;
  await db.user.create({
    data: {
      email,
      name: `Medlem ${label}`,
      passwordHash: await hashPassword(FIXTURE_PASSWORD),
      role: "MEMBER",
      organisationId: organisation.id,
    },
  });
  return { organisationId: organisation.id, email };
}

/** An editor (no organisation) who signs in with FIXTURE_PASSWORD. */
export async function createEditorAccount(db: Db, label: string): Promise<string> {
  const email = `redaktor-${label}@example.org`;
  await db.user.create({ data: { email, name: `Redaktør ${label}`, passwordHash: await hashPassword(FIXTURE_PASSWORD), role: "EDITOR" } });
  return email;
}
