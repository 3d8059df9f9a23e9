// Every PostgreSQL connection held busy by someone else (pg_sleep): new requests get a fast
// 503 instead of waiting, and the app serves again as soon as the connections come free.
import pg from "pg";
import { generateItems } from "../bench/generate";
import { startApp } from "./app-instance";
import { startFixtureDb } from "./fixture-db";
import { fetchWithTimeout } from "./http-client";
import { sleep, timeUntil } from "./load";
import type { ScenarioResult } from "./scenario";

const FAST_MS = 3_000;

export async function runBusyConnectionsScenario(): Promise<ScenarioResult> {
  const fixture = await startFixtureDb("fristvakt-busy");
  const failures: string[] = [];
  const figures: Record<string, string | number> = {};
  const holders: pg.Client[] = [];
  try {
    await generateItems(fixture.db, { items: 200, actors: 5, topics: 5, today: "2025-01-10" });
    const app = await startApp(fixture.url, { FRISTVAKT_NOW: "2025-01-10T12:00:00+01:00" });
    try {
      await fetchWithTimeout(`${app.baseUrl}/items`);
      await fixture.db.$disconnect();
      // Free every connection the app holds, then take all there are.
      const admin = new pg.Client({ connectionString: fixture.url });
      await admin.connect();
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'",
      );
      await admin.end();
      for (;;) {
        const client = new pg.Client({ connectionString: fixture.url });
        try {
          await client.connect();
        } catch {
          break;
        }
        client.on("error", () => undefined);
        // The first one stays idle: it is the one that ends the others' sleep afterwards.
        if (holders.length > 0) client.query("SELECT pg_sleep(120)").catch(() => undefined);
        holders.push(client);
      }
      figures["connections held"] = holders.length;
      await sleep(1_500);
      for (const route of ["/", "/items?status=open", "/feeds/all.ics", "/api/health"]) {
        const started = Date.now();
        const response = await fetchWithTimeout(app.baseUrl + route, {}, 20_000).catch(() => null);
        const ms = Date.now() - started;
        figures[`busy ${route}`] = `${response?.status ?? "hung"} in ${ms} ms`;
        if (response?.status !== 503) failures.push(`${route} answered ${response?.status ?? "nothing"} with every connection busy`);
        if (ms > FAST_MS) failures.push(`${route} took ${ms} ms to answer with every connection busy`);
      }
      // Give the connections back (a sleeping backend would hold its slot until the sleep
      // ends, even after its client left): the app serves again by itself.
      await holders[0].query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%pg_sleep%'",
      );
      await Promise.all(holders.splice(0).map((client) => client.end().catch(() => undefined)));
      const recoveryMs = await timeUntil(async () => (await fetchWithTimeout(`${app.baseUrl}/items`, {}, 5_000)).status === 200, 20_000);
      figures["serving again after release"] = recoveryMs === null ? "not within 20 s" : `${recoveryMs} ms`;
      if (recoveryMs === null) failures.push("the app did not serve again after the connections came free");
    } finally {
      await app.stop();
    }
  } finally {
    await Promise.all(holders.map((client) => client.end().catch(() => undefined)));
    await fixture.dispose();
  }
  return { name: "every database connection busy", failures, figures };
}
