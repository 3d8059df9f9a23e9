// A fingerprint of every table's rows, to prove that a refused change left the database
// exactly as it was.
import type { Db } from "../../db/prisma";

export type DatabaseSnapshot = Record<string, { rows: number; digest: string }>;

export async function snapshotDatabase(db: Db): Promise<DatabaseSnapshot> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const snapshot: DatabaseSnapshot = {};
  for (const { table_name: table } of tables) {
    const [row] = await db.$queryRawUnsafe<{ rows: number; digest: string }[]>(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${table}" t`,
    );
    snapshot[table] = row;
  }
  return snapshot;
}

/** Rows in audit_event, for "exactly one audit row per change". */
export async function countAuditEvents(db: Db): Promise<number> {
  return db.auditEvent.count();
}
