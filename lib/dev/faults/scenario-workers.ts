// The serving workers (FRISTVAKT_WORKERS): a page kept by the page cache, whichever worker
// rendered it, runs its scripts under each response's own nonce; a worker killed while serving
// is replaced and the others go on answering; the keeper killed takes its workers with it, so
// none is left behind answering from an app nobody supervises, and the port comes free.
import net from "node:net";
import { generateItems } from "../bench/generate";
import { startApp } from "./app-instance";
import { startFixtureDb } from "./fixture-db";
import { fetchWithTimeout, viewPage } from "./http-client";
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

/**
 * Public pages asked for as page views, twelve new addresses at a time, each twice (rendered
 * for the cache, then kept), and a missing item's page, which is rendered for each request:
 * the renders' own requests go out on several connections, which the workers share out, so
 * one worker renders for the other. Answers the pages whose script tags carry a nonce other
 * than their response's policy allows.
 */
async function pagesWithForeignNonces(baseUrl: string): Promise<string[]> {
  const bad: string[] = [];
  const check = async (route: string) => {
    const page = await viewPage(baseUrl + route);
    const nonce = /'nonce-([^']+)'/.exec(String(page.headers["content-security-policy"]))?.[1];
    const tags = page.body.match(/<script\b[^>]*>/g) ?? [];
    if (!nonce || tags.length === 0 || tags.some((tag) => !tag.includes(`nonce="${nonce}"`))) {
      bad.push(`${route} (${page.status}, ${page.headers["x-fristvakt-page-cache"] ?? "not from the cache"})`);
    }
  };
  for (let round = 0; round < 4; round++) {
    const routes = [...Array.from({ length: 12 }, (_, index) => `/?v=${round}-${index}`), "/items/not-an-id"];
    await Promise.all(routes.map(check));
    await Promise.all(routes.map(check));
  }
  return bad;
}

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

      const badPages = await pagesWithForeignNonces(app.baseUrl);
      figures["page views whose scripts carry another nonce"] = badPages.length;
      if (badPages.length > 0) failures.push(`scripts under a nonce their response does not allow: ${badPages.join(", ")}`);

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
