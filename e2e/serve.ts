// The browser tests' server: `npm start` as a user runs it (build when needed, migrations,
// newsletters), but against a throwaway embedded PostgreSQL and with the clock pinned, so
// every run starts from the same fresh database. The database's address is written where
// the tests' factories find it (see e2e/database.ts).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { makeTempDataDir, startEmbeddedPostgres } from "../lib/db/embedded";
import { e2eDatabaseUrlFile } from "./database-file";

const root = path.resolve(import.meta.dirname, "..");
const pgDir = makeTempDataDir("fristvakt-e2e");
const dataDir = path.dirname(pgDir);
const server = await startEmbeddedPostgres({ dataDir: pgDir });
const urlFile = e2eDatabaseUrlFile(process.env.PORT ?? "3100");
fs.writeFileSync(urlFile, server.url);
// Where the app writes e-mails without SMTP settings, for tests that follow a link in one.
fs.writeFileSync(`${urlFile}.outbox`, path.join(dataDir, "outbox"));

const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/cli/start.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FRISTVAKT_DATA_DIR: dataDir, DATABASE_URL: server.url },
});

const forward = (signal: NodeJS.Signals) => child.kill(signal);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => forward(signal));

child.on("exit", async (code) => {
  await server.stop();
  fs.rmSync(urlFile, { force: true });
  fs.rmSync(`${urlFile}.outbox`, { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
