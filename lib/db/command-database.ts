// The database a command (`npm run sources`, `user:create`, `import`, `reminders`) works on:
// DATABASE_URL when set; else the embedded PostgreSQL in .data/pg. When `npm start` already
// runs that server, the command connects to it instead of starting a second one on the same
// folder, which PostgreSQL refuses (lib/db/embedded.ts: openEmbeddedPostgres); otherwise it
// starts the server for the command and stops it after.
import path from "node:path";
import { openEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CommandDatabase {
  url: string;
  /** Where the command works, for its messages. */
  description: string;
  /** Stops the embedded server when the command started it; leaves a running app's alone. */
  close(): Promise<void>;
}

export async function openCommandDatabase(env: NodeJS.ProcessEnv = process.env): Promise<CommandDatabase> {
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL);
    return { url: env.DATABASE_URL, description: "the database at DATABASE_URL", close: async () => undefined };
  }
  const dataDir = path.resolve(ROOT, env.FRISTVAKT_DATA_DIR || ".data", "pg");
  const shown = path.relative(ROOT, dataDir).startsWith("..") ? dataDir : path.relative(ROOT, dataDir);
  const server = await openEmbeddedPostgres({ dataDir });
  try {
    // npm start applied them when it started; applying them again is harmless and covers a
    // server started by an older checkout.
    await applyMigrations(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, description: `the embedded database in ${shown}`, close: () => server.stop() };
}
