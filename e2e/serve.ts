// The browser tests' server: `npm start` as a user runs it (build when needed, embedded
// PostgreSQL, migrations, newsletters), but on a throwaway data directory and with the clock
// pinned, so every run starts from the same fresh database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { makeTempDataDir } from "../lib/db/embedded";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.dirname(makeTempDataDir("fristvakt-e2e"));
const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/cli/start.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FRISTVAKT_DATA_DIR: dataDir, DATABASE_URL: "" },
});

const forward = (signal: NodeJS.Signals) => child.kill(signal);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => forward(signal));

child.on("exit", (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
