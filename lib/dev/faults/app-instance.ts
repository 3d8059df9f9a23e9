// A built Fristvakt served by `next start` on a loopback port, against a given database, for
// the benchmarks and fault scripts: started, awaited, killed (gently or with SIGKILL).
import type { ChildProcess } from "node:child_process";
import { findFreePort } from "../../db/embedded";
import { runNext, waitForExit } from "../../cli/next-process";
import { waitForHealthy } from "../bench/http";

export interface AppInstance {
  port: number;
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
  kill(): void;
}

export async function startApp(databaseUrl: string, env: Record<string, string> = {}): Promise<AppInstance> {
  const port = await findFreePort();
  const child = runNext(
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    "ignore",
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealthy(baseUrl);
  return {
    port,
    baseUrl,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await waitForExit(child);
    },
    kill() {
      child.kill("SIGKILL");
    },
  };
}
