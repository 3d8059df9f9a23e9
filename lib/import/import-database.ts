// The database an import from the command line writes to: DATABASE_URL when set, else the
// embedded PostgreSQL in .data/pg that `npm start` uses: the running app's server when it
// runs, else one started for the import and stopped after it (see db/command-database.ts).
import { openCommandDatabase } from "../db/command-database";
import { createPrismaClient, type Db } from "../db/prisma";

export interface ImportDatabase {
  db: Db;
  /** Where the items go, for the summary line. */
  description: string;
  close(): Promise<void>;
}

export async function openImportDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ImportDatabase> {
  const database = await openCommandDatabase(env);
  const db = createPrismaClient(database.url, { max: 2 });
  return {
    db,
    description: database.description,
    async close() {
      await db.$disconnect();
      await database.close();
    },
  };
}
