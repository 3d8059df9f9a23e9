// Writes a new migration from the difference between two versions of schema.prisma, using
// Prisma's schema engine compiled to WebAssembly (the native one cannot be downloaded
// everywhere). The engine keeps timers alive for a while, so the script exits explicitly.
//
//   npm run db:migration -- <name> [--from <old schema.prisma>]
//
// Without --from it diffs from the schema as of the last commit (or from empty when there is
// none), so edit schema.prisma, run this, and commit both.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { makeTempDataDir, startEmbeddedPostgres } from "../lib/db/embedded";

const SCHEMA = path.resolve(import.meta.dirname, "schema.prisma");

function previousSchema(fromFile: string | undefined): string | null {
  if (fromFile) return fs.readFileSync(fromFile, "utf8");
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes("--help")) {
    console.log("Usage: npm run db:migration -- <name> [--from <old schema.prisma>]");
    return;
  }
  const name = args[0].replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
  const fromIndex = args.indexOf("--from");
  const before = previousSchema(fromIndex >= 0 ? args[fromIndex + 1] : undefined);
  const after = fs.readFileSync(SCHEMA, "utf8");

  const server = await startEmbeddedPostgres({ dataDir: makeTempDataDir("fristvakt-diff") });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: server.url }));
    const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", after]] }, () => {}, adapter);
    const filters = { externalTables: [], externalEnums: [] };
    const from = before
      ? { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content: before }] }
      : { tag: "empty" as const };
    const to = { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content: after }] };
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters });
    const sql = (result as { stdout?: string }).stdout ?? "";
    if (!sql.trim() || /empty migration/i.test(sql)) {
      console.log("schema.prisma has no changes to migrate.");
      return;
    }
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.resolve(import.meta.dirname, "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.writeFileSync(path.resolve(import.meta.dirname, "migrations", "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
