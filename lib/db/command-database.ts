// The database a command (`npm run sources`, `user:create`, `import`, `reminders`) works on:
// DATABASE_URL when set; else the embedded PostgreSQL in .data/pg. When `npm start` already
// runs that server, the command connects to it (postmaster.pid names its port) instead of
// starting a second one on the same folder, which PostgreSQL refuses; otherwise it starts the
// server for the command and stops it after.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedDatabaseUrl, startEmbeddedPostgres, StartupError } from "./embedded";
import { applyMigrations } from "./migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CommandDatabase {
  url: string;
  /** Where the command works, for its messages. */
  description: string;
  /** Stops the embedded server when the command started it; leaves a running app's alone. */
  close(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The port of a live server on `dataDir`: postmaster.pid holds its pid (line 1) and port (line 4). */
export function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return Number.isInteger(port) && port > 0 ? port : null;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openCommandDatabase(env: NodeJS.ProcessEnv = process.env): Promise<CommandDatabase> {
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL);
    return { url: env.DATABASE_URL, description: "the database at DATABASE_URL", close: async () => undefined };
  }
  const dataDir = path.resolve(ROOT, env.FRISTVAKT_DATA_DIR || ".data", "pg");
  const shown = path.relative(ROOT, dataDir).startsWith("..") ? dataDir : path.relative(ROOT, dataDir);
  const port = runningServerPort(dataDir);
  if (port !== null) {
    const url = embeddedDatabaseUrl(port);
    if (!(await answers(url))) {
      throw new StartupError(`The embedded database in ${shown} is running (port ${port}) but does not answer; try again when Fristvakt has started.`);
    }
    // npm start applied the migrations when it started; applying them again is harmless and
    // covers a server started by an older checkout.
    await applyMigrations(url);
    return { url, description: `the running app's database in ${shown}`, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    await applyMigrations(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, description: `the embedded database in ${shown}`, close: () => server.stop() };
}
