import "server-only";
import { databaseUrlFromEnv, dbPoolSizeFromEnv } from "../settings/database";
import { createPrismaClient, type Db } from "./prisma";

// One client per server process; kept on globalThis so that dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { fristvaktDb?: Db };

/** The app's database client. Created on first use, so importing it never needs DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.fristvaktDb) {
    globalForDb.fristvaktDb = createPrismaClient(databaseUrlFromEnv(), { max: dbPoolSizeFromEnv() });
  }
  return globalForDb.fristvaktDb;
}
