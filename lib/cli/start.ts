// `npm start`: runs Fristvakt at http://localhost:$PORT. Without DATABASE_URL it starts the
// embedded PostgreSQL in .data/ (kept between runs), applies the migrations, loads the
// newsletters into an empty database, builds when the build is missing or stale, then serves
// the app. Ctrl-C stops the app and the embedded server. Failures are plain sentences.
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, StartupError, type EmbeddedServer } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { createPrismaClient } from "../db/prisma";
import { describeStarterData, seedStarterData } from "../seed/seed";
import { closingSoonDaysFromEnv, currentTime } from "../deadlines";
import { describePublicUrlMismatch, feedHistoryMonthsFromEnv, publicBaseUrlFromEnv } from "../feeds/settings";
import { resolveAuthSecret } from "../auth/secret";
import { parseTrustedProxies } from "../auth/trusted-proxies";
import { apiRateLimitFromEnv } from "../api/settings";
import { isContentListenOn, pageCacheMbFromEnv } from "../page-cache/settings";
import { describeReminderSettings, startInProcessScheduler } from "../reminders/in-process";
import { describeSourceSettings, startSourcePolling } from "../sources/in-process";
import { dataDirFromEnv } from "../settings/data-dir";
import { dbPoolSizeFromEnv } from "../settings/database";
import { listeningPortFromEnv } from "../settings/port";
import { serverWorkersFromEnv } from "../settings/workers";
import { buildIfNeeded, heapMbFromEnv, ROOT, runNext, waitForExit } from "./next-process";

/** Settings read on every request are checked once here, so a typo stops the start, not a page or a feed. */
function assertTimeSettings(): void {
  try {
    listeningPortFromEnv();
    dbPoolSizeFromEnv();
    serverWorkersFromEnv();
    currentTime();
    closingSoonDaysFromEnv();
    feedHistoryMonthsFromEnv();
    publicBaseUrlFromEnv();
    apiRateLimitFromEnv();
    pageCacheMbFromEnv();
    heapMbFromEnv();
    describeReminderSettings();
    parseTrustedProxies(process.env.FRISTVAKT_TRUSTED_PROXIES);
    describeSourceSettings();
    isContentListenOn();
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
}

/**
 * Where the app listens: HOSTNAME when set (an address or a name, e.g. 0.0.0.0 for every IPv4
 * interface); otherwise, with the embedded database (a machine of one's own), localhost only,
 * and with DATABASE_URL (a server set-up) every interface, as before.
 */
function listenHostFromEnv(env: NodeJS.ProcessEnv, isEmbedded: boolean): string | undefined {
  const host = env.HOSTNAME?.trim();
  if (host) return host;
  return isEmbedded ? "localhost" : undefined;
}

function assertPortFree(port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === "EADDRINUSE"
            ? `Port ${port} is already in use. Stop what is using it, or choose another port: PORT=3001 npm start`
            : error.code === "ENOTFOUND" || error.code === "EADDRNOTAVAIL"
              ? `Cannot listen on HOSTNAME=${host}: this machine has no such address. Unset it to listen on localhost.`
              : `Cannot listen on port ${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new StartupError(
      `The PostgreSQL at DATABASE_URL does not answer (${(error as Error).message}). ` +
        `Check that it is running and that the address, user and password are right, ` +
        `or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--help")) {
    console.log(
      "Usage: npm start   (settings by environment: PORT, DATABASE_URL, FRISTVAKT_DATA_DIR, FRISTVAKT_NOW, FRISTVAKT_PUBLIC_URL, FRISTVAKT_FEED_HISTORY_MONTHS; see README)",
    );
    return;
  }
  assertTimeSettings();
  const port = listeningPortFromEnv();
  const mismatch = describePublicUrlMismatch();
  if (mismatch) console.warn(mismatch);
  const host = listenHostFromEnv(process.env, !process.env.DATABASE_URL);
  await assertPortFree(port, host);

  let embedded: EmbeddedServer | null = null;
  let url = process.env.DATABASE_URL;
  const stopDatabase = async () => {
    const server = embedded;
    embedded = null;
    if (server) await server.stop().catch(() => undefined);
  };

  try {
    if (url) {
      await assertReachable(url);
    } else {
      const dataDir = path.join(dataDirFromEnv(), "pg");
      console.log(`Starting the embedded PostgreSQL (data in ${path.relative(ROOT, dataDir) || dataDir})…`);
      embedded = await startEmbeddedPostgres({ dataDir });
      url = embedded.url;
    }
    const applied = await applyMigrations(url);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
    const db = createPrismaClient(url, { max: 2 });
    try {
      for (const line of describeStarterData(await seedStarterData(db, { everyItem: false }))) console.log(line);
    } finally {
      await db.$disconnect();
    }
    await buildIfNeeded();
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  // Without AUTH_SECRET, one is made once and kept in the data folder, so sessions survive restarts.
  process.env.AUTH_SECRET = resolveAuthSecret(dataDirFromEnv()).secret;
  const app = runNext(["start", "--port", String(port), ...(host ? ["--hostname", host] : [])], {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: "production",
  });
  const shownHost = !host ? "localhost" : host.includes(":") ? `[${host}]` : host;
  console.log(`Fristvakt runs at http://${shownHost}:${port}${host ? "" : " (listening on every interface; set HOSTNAME to choose)"}`);
  console.log(describeReminderSettings());
  const scheduler = startInProcessScheduler(url);
  console.log(describeSourceSettings());
  const sourcePolling = startSourcePolling(url);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    app.kill("SIGTERM");
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  process.on("SIGHUP", shutdown);
  const code = await waitForExit(app);
  await scheduler?.stop();
  await sourcePolling?.stop();
  await stopDatabase();
  process.exit(stopping ? 0 : code);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`Fristvakt could not start: ${error.message}`);
  } else {
    console.error(`Fristvakt could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
