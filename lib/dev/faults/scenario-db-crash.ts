// PostgreSQL killed with SIGKILL in the middle of a write load, then started again: every
// write the app acknowledged is in the database, the app recovers by itself, and while the
// database is down pages answer 503, feeds 503 with Retry-After, and nothing hangs.
import { generateItems } from "../bench/generate";
import { startApp } from "./app-instance";
import { createMemberAccount, FIXTURE_PASSWORD, startFixtureDb } from "./fixture-db";
import { callFormAction, fetchWithTimeout, serverActionId, signInCookie } from "./http-client";
import { runBounded, sleep, timeUntil } from "./load";
import type { ScenarioResult } from "./scenario";

const NOW = "2025-01-10T12:00:00+01:00";
const REQUEST_TIMEOUT_MS = 10_000;

export async function runDbCrashScenario(options: { writes: number; workers: number; downMs: number }): Promise<ScenarioResult> {
  const fixture = await startFixtureDb("fristvakt-crash");
  const failures: string[] = [];
  const figures: Record<string, string | number> = {};
  try {
    await generateItems(fixture.db, { items: options.writes, actors: 10, topics: 5, today: "2025-01-10" });
    const member = await createMemberAccount(fixture.db, "crash");
    const itemIds = (await fixture.db.item.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    const app = await startApp(fixture.url, { FRISTVAKT_NOW: NOW });
    try {
      const cookie = await signInCookie(app.baseUrl, member.email, FIXTURE_PASSWORD);
      const actionId = serverActionId("app/items/[id]/actions.ts", "markResponseAction");
      const acknowledged: string[] = [];
      const empty = { answeredOn: "", answerUrl: "", note: "", internalDeadline: "", version: "" };
      const writes = runBounded(
        options.writes,
        options.workers,
        async (index) => {
          const itemId = itemIds[index];
          const result = await callFormAction(
            app.baseUrl,
            `/items/${itemId}`,
            actionId,
            { itemId, status: "ANSWERED", ...empty },
            cookie,
            REQUEST_TIMEOUT_MS,
          );
          if (result.status === 200 && result.body.includes('"status":"ok"')) acknowledged.push(itemId);
          return result.status;
        },
        (status) => status === 200,
      );

      // Let a third of the writes land, then pull the plug.
      await timeUntil(async () => acknowledged.length >= options.writes / 3, 60_000, 50);
      process.kill(fixture.postmasterPid(), "SIGKILL");
      const killedAt = Date.now();
      await sleep(1_500);
      const during = await Promise.all(
        ["/", "/items", "/feeds/all.ics", "/api/health"].map(async (route) => {
          const started = Date.now();
          const response = await fetchWithTimeout(app.baseUrl + route, {}, REQUEST_TIMEOUT_MS).catch(() => null);
          return {
            route,
            status: response?.status ?? "hung",
            retryAfter: response?.headers.get("retry-after"),
            ms: Date.now() - started,
            body: (await response?.text()) ?? "",
          };
        }),
      );
      for (const answer of during) {
        figures[`down ${answer.route}`] = `${answer.status} in ${answer.ms} ms`;
        if (answer.status !== 503) failures.push(`${answer.route} answered ${answer.status} while the database was down`);
        if (answer.route.endsWith(".ics") && !answer.retryAfter) failures.push("the feed's 503 has no Retry-After");
        if (answer.route.endsWith(".ics") && answer.body.includes("BEGIN:VCALENDAR"))
          failures.push("a calendar was served while the database was down");
      }
      await sleep(Math.max(0, options.downMs - (Date.now() - killedAt)));
      await retry(() => fixture.restart(), 10);
      const restartedAt = Date.now();
      // Recovered: the health check and a page that reads the database both answer 200 again.
      const recoveryMs = await timeUntil(async () => {
        const [health, page] = await Promise.all(
          ["/api/health", "/items"].map((route) => fetchWithTimeout(app.baseUrl + route, {}, 2_000)),
        );
        return health.status === 200 && page.status === 200;
      }, 30_000);
      figures["recovery after restart"] = recoveryMs === null ? "none in 30 s" : `${recoveryMs} ms`;
      if (recoveryMs === null || recoveryMs > 15_000) failures.push("the app did not recover within 15 s of the database's restart");
      figures["down for"] = `${restartedAt - killedAt} ms`;

      const outcome = await writes;
      figures["writes"] =
        `${options.writes} sent, ${acknowledged.length} acknowledged, ${outcome.hung} hung; statuses ${JSON.stringify(outcome.statuses)}`;
      if (outcome.hung > 0) failures.push(`${outcome.hung} write(s) got no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
      const stored = new Set(
        (await fixture.db.response.findMany({ where: { itemId: { in: acknowledged } }, select: { itemId: true } })).map(
          (row) => row.itemId,
        ),
      );
      const lost = acknowledged.filter((id) => !stored.has(id));
      figures["acknowledged writes lost"] = lost.length;
      if (lost.length > 0) failures.push(`${lost.length} acknowledged write(s) are not in the database`);
    } finally {
      await app.stop();
    }
  } finally {
    await fixture.dispose();
  }
  return { name: "database killed during writes", failures, figures };
}

async function retry(action: () => Promise<void>, times: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      // Backends of the killed server may still hold its shared memory for a moment.
      if (attempt >= times) throw error;
      await sleep(1_000);
    }
  }
}
