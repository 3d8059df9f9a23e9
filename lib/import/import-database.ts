// The database an import from the command line writes to: DATABASE_URL when set, else the
// embedded PostgreSQL in .data/pg that `npm start` uses, started for the import and stopped
// after it. While the app runs on that folder the folder is in use, and the import says so
// instead of waiting or failing obscurely.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, StartupError, type EmbeddedServer } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { createPrismaClient, type Db } from "../db/prisma";

const ROOT = path.resolve(import.meta.dirname, "../..");

function shown(dir: string): string {
  const relative = path.relative(ROOT, dir);
  return relative && !relative.startsWith("..") ? relative : dir;
}

export interface ImportDatabase {
  db: Db;
  /** Where the items go, for the summary line. */
  description: string;
  close(): Promise<void>;
}

function runningServer(dataDir: string): { pid: number; port: string | null } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(pidLine ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return { pid, port: portLine?.trim() || null };
}

export async function openImportDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ImportDatabase> {
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL);
    const db = createPrismaClient(env.DATABASE_URL, { max: 2 });
    return { db, description: "the database at DATABASE_URL", close: () => db.$disconnect() };
  }
  const dataDir = path.resolve(ROOT, env.FRISTVAKT_DATA_DIR || ".data", "pg");
  const running = runningServer(dataDir);
  if (running) {
    throw new StartupError(
      `The embedded database in ${shown(dataDir)} is in use (PostgreSQL process ${running.pid}` +
        `${running.port ? `, port ${running.port}` : ""}); Fristvakt is probably running with npm start. ` +
        `Stop it and import again, or set DATABASE_URL to the database to import into.`,
    );
  }
  let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir });
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await s.stop();
  };
  try {
    await applyMigrations(server.url);
  } catch (error) {
    await stop();
    throw error;
  }
  const db = createPrismaClient(server.url, { max: 2 });
  return {
    db,
    description: `the embedded database in ${shown(dataDir)}`,
    async close() {
      await db.$disconnect();
      await stop();
    },
  };
}
