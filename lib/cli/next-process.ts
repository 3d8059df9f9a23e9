// Runs the Next.js CLI as a child process: `npm start`, the e2e server and the benchmarks
// all build and serve the app the same way.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { StartupError } from "../db/embedded";
import { isBuildCurrent, markBuildCurrent, sourceHash } from "./build-state";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export function runNext(args: string[], env: NodeJS.ProcessEnv, stdio: "inherit" | "ignore" = "inherit"): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, env, stdio });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  // A process killed by a signal has a signalCode and no exitCode; its "exit" has passed.
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(1);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Builds the app when there is no build made from the sources as they are now. */
export async function buildIfNeeded(): Promise<void> {
  if (isBuildCurrent(ROOT)) return;
  console.log("Building Fristvakt (first start or changed sources)…");
  const hash = sourceHash(ROOT);
  const code = await waitForExit(runNext(["build"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }));
  if (code !== 0) throw new StartupError("The build failed; see the messages above.");
  markBuildCurrent(ROOT, hash);
}
