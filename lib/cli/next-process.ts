// Runs the Next.js CLI as a child process: `npm start`, the e2e server and the benchmarks
// all build and serve the app the same way.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { StartupError } from "../db/embedded";
import { wholeNumberFromEnv } from "../settings/whole-number";
import { isBuildCurrent, markBuildCurrent, sourceHash } from "./build-state";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVE = path.join(ROOT, "lib", "cli", "serve.ts");
// Lets the calendar feeds send the compressed bytes they keep (see the file).
const PASS_CONTENT_ENCODING = path.join(ROOT, "lib", "cli", "pass-content-encoding.mjs");

export const DEFAULT_HEAP_MB = 384;

/**
 * The served app's JavaScript heap limit, from FRISTVAKT_HEAP_MB (128..16384, default 384).
 * Without a limit V8 lets garbage pile up long before it collects: serving pages alone, the
 * app grew from 100 MB to over 450 MB. With this limit it stayed near 300 MB through pages and
 * the build of a 50,000-item feed, at no measurable cost in speed.
 */
export function heapMbFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_HEAP_MB", { fallback: DEFAULT_HEAP_MB, min: 128, max: 16_384, unit: "megabytes" });
}

/**
 * Room for new objects (each of V8's two semi-spaces), in MB. A page's objects live only while
 * it renders, but with ten pages rendering at once the default 16 MB fills mid-render: what is
 * still in use is copied, twice, then moved to the old space, which must later be collected
 * whole. At 32 MB, "Mine frister" took 10 % less CPU and the bare signed-in page 5 % less,
 * for about 60 MB more memory per serving process (npm run bench:signed-in).
 */
const NEW_SPACE_MB = 32;

/** The Node.js flags the served app runs with that any Next.js server could run with too (the benchmarks give them to the bare one). */
export function servedNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return [`--max-old-space-size=${heapMbFromEnv(env)}`, `--max-semi-space-size=${NEW_SPACE_MB}`];
}

/**
 * Runs `next <args>`; `start` serves the build through lib/cli/serve.ts, which is `next start`
 * with forwarding headers settled first, in FRISTVAKT_WORKERS processes (the same options:
 * --port, --hostname).
 */
export function runNext(args: string[], env: NodeJS.ProcessEnv, stdio: "inherit" | "ignore" = "inherit"): ChildProcess {
  if (args[0] === "start") {
    return spawn(
      process.execPath,
      [...servedNodeFlags(env), "--import", PASS_CONTENT_ENCODING, "--import", "tsx", SERVE, ...args.slice(1)],
      {
        cwd: ROOT,
        env,
        stdio,
      },
    );
  }
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
