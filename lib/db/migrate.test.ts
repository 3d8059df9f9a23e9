import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { applyMigrations, listMigrations } from "./migrate";

describe("applyMigrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(() => database.drop());

  async function tables(): Promise<string[]> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    await client.end();
    return result.rows.map((r) => r.table_name);
  }

  it("applies every committed migration to an empty database and records it as Prisma does", async () => {
    const applied = await applyMigrations(database.url);
    expect(applied).toEqual(listMigrations().map((m) => m.name));
    expect(await tables()).toEqual(expect.arrayContaining(["_prisma_migrations", "actor", "item", "item_topic", "source", "topic"]));
    // The client generated from schema.prisma works against the migrated tables.
    expect(await database.db.item.count()).toBe(0);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const migration of listMigrations()) {
      fs.mkdirSync(path.join(dir, migration.name));
      fs.writeFileSync(path.join(dir, migration.name, "migration.sql"), `${migration.sql}\n-- edited\n`);
    }
    await expect(applyMigrations(database.url, dir)).rejects.toThrow(/changed after it was applied/);
  });
});
