import "server-only";
import { createPrismaClient, type Db } from "./prisma";

// One client per server process; kept on globalThis so that dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { fristvaktDb?: Db };

/** The app's database client. Created on first use, so importing it never needs DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.fristvaktDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start Fristvakt with `npm start`.");
    globalForDb.fristvaktDb = createPrismaClient(url, { max: Number(process.env.FRISTVAKT_DB_POOL ?? 10) });
  }
  return globalForDb.fristvaktDb;
}
