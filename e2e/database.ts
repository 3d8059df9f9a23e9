// The e2e server's database, for factories that create a test's own accounts and data.
import fs from "node:fs";
import { createPrismaClient, type Db } from "../lib/db/prisma";
import { e2eDatabaseUrlFile } from "./database-file";

let db: Db | null = null;

export function e2eDb(): Db {
  if (!db) {
    const url = fs.readFileSync(e2eDatabaseUrlFile(process.env.E2E_PORT ?? "3100"), "utf8").trim();
    db = createPrismaClient(url, { max: 2 });
  }
  return db;
}
