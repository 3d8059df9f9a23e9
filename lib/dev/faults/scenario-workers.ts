// The serving workers (FRISTVAKT_WORKERS): a worker killed while serving is replaced and the
// others go on answering; the keeper killed takes its workers with it, so none is left behind
// answering from an app nobody supervises, and the port comes free for the next start.
import net from "node:net";
import { generateItems } from "../bench/generate";
import { startApp } from "./app-instance";
import { startFixtureDb } from "./fixture-db";
import { fetchWithTimeout } from "./http-client";
import { runBounded, timeUntil } from "./load";
import { processTree } from "./process-tree";
import type { ScenarioResult } from "./scenario";

const WORKERS = 2;
const CONNECTIONS = 10;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const isPortFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

export async function runWorkersScenario({ reads }: { reads: number }): Promise<ScenarioResult> {
  const fixture = await startFixtureDb("fristvakt-workers");
  const failures: string[] = [];
  const figures: Record<string, string | number> = {};
  try {
    await generateItems(fixture.db, { items: 200, actors: 5, topics: 5, today: "2025-01-10" });
    const app = await startApp(fixture.url, { FRISTVAKT_NOW: "2025-01-10T12:00:00+01:00", FRISTVAKT_WORKERS: String(WORKERS) });
    const keeper = app.child.pid!;
    try {
      const workers = processTree(keeper).slice(1);
      figures["workers at start"] = workers.length;
      if (workers.length !== WORKERS) failures.push(`${workers.length} worker processes serve, not ${WORKERS}`);

      // Reads go on while one worker is killed a third of the way through.
      let killedAt = -1;
      const outcome = await runBounded(
        reads,
        CONNECTIONS,
        async (index) => {
          if (index === Math.floor(reads / 3) && workers.length > 0) {
            killedAt = index;
            process.kill(workers[0], "SIGKILL");
          }
          const route = index % 2 === 0 ? "/items?status=open" : "/api/health";
          return (await fetchWithTimeout(app.baseUrl + route, { headers: { accept: "text/html" } }, 10_000)).status;
        },
        (status) => status === 200,
      );
      figures["reads answered 200"] = `${outcome.ok} of ${reads}`;
      // Only what was on its way through the killed worker may fail: at most one request per connection.
      if (killedAt < 0 || outcome.failed > CONNECTIONS) {
        failures.push(`${outcome.failed} reads failed around a killed worker: ${JSON.stringify(outcome.statuses)}`);
      }
      const replacedMs = await timeUntil(async () => {
        const now = processTree(keeper).slice(1);
        return now.length === WORKERS && !now.includes(workers[0]);
      }, 20_000);
      figures["a new worker started"] = replacedMs === null ? "not within 20 s" : `${replacedMs} ms after the reads`;
      if (replacedMs === null) failures.push("the killed worker was not replaced");
      const after = await fetchWithTimeout(`${app.baseUrl}/items`, { headers: { accept: "text/html" } }).catch(() => null);
      if (after?.status !== 200) failures.push(`after the replacement /items answered ${after?.status ?? "nothing"}`);

      // The keeper killed outright: its workers notice and stop, and the port comes free.
      const left = processTree(keeper).slice(1);
      app.kill();
      const goneMs = await timeUntil(async () => !left.some(isAlive) && (await isPortFree(app.port)), 10_000, 100);
      figures["workers gone after the keeper was killed"] = goneMs === null ? "not within 10 s" : `in ${goneMs} ms`;
      if (goneMs === null) failures.push("workers outlived their killed keeper, or the port stayed taken");
    } finally {
      await app.stop();
      for (const pid of processTree(keeper)) if (isAlive(pid)) process.kill(pid, "SIGKILL");
    }
  } finally {
    await fixture.dispose();
  }
  return { name: "serving workers killed", failures, figures };
}
