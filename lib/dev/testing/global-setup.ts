// Starts one throwaway embedded PostgreSQL for the whole unit and integration run and
// prepares a template database with every migration applied; each test file then clones
// its own database from it (see test-db.ts), so no test sees another's data.
import type { TestProject } from "vitest/node";
import { ensureDatabase, makeTempDataDir, startEmbeddedPostgres } from "../../db/embedded";
import { applyMigrations } from "../../db/migrate";

export const TEMPLATE_DATABASE = "fristvakt_template";

export default async function setup(project: TestProject) {
  const server = await startEmbeddedPostgres({ dataDir: makeTempDataDir("fristvakt-test") });
  const adminUrl = server.url.replace(/\/[^/]+$/, "/postgres");
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations(server.url.replace(/\/[^/]+$/, `/${TEMPLATE_DATABASE}`));
  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
