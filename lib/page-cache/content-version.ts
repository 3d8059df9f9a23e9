// The content version: one number that database triggers raise, at commit, whenever an item,
// actor, topic or source changes (prisma/migrations/*_content_version), and announce on the
// channel "fristvakt_content_version". Each instance listens on one connection of its own and
// holds the version in memory, so a kept page, a feed's 304 or a kept feed needs no query; an
// edit on any instance reaches every instance as soon as its notification arrives. While the
// listener is not connected (the database restarted, say) the version is read by a query for
// each request, as before. A connection can also die silently (a killed server's socket left
// open): so the listener polls the version on its connection twice a second, and the held
// version counts only while the database answered within the last second.
import pg from "pg";
import { querySidePool, sidePool } from "../db/side-pool";
import { isContentListenOn } from "./settings";

const READ_TIMEOUT_MS = 500;
const CHANNEL = "fristvakt_content_version";
export const LISTENER_APPLICATION_NAME = "fristvakt content listener";
const POLL_MS = 500;
const FRESH_MS = 1_000;
const RECONNECT_MS = [250, 500, 1_000, 2_000, 5_000];
const SELECT_VERSION = `SELECT "version"::text AS "version" FROM "content_version" WHERE "id" = 1`;

interface Listener {
  url: string;
  /** The version as last announced or polled; null while not connected. */
  version: bigint | null;
  /** The same as text, made when it changes rather than on every read. */
  versionText: string | null;
  /** When the database last answered on the listening connection. */
  heardAt: number;
  client: pg.Client | null;
  failures: number;
  poll: NodeJS.Timeout | null;
}

// Kept on globalThis: the proxy and the routes are bundled apart but run in one process.
const holder = globalThis as unknown as {
  fristvaktContentVersionRead?: Promise<string | null> | null;
  fristvaktContentListener?: Listener;
};

async function query(url: string): Promise<string | null> {
  const pool = sidePool("content-version", url, { max: 2, timeoutMs: READ_TIMEOUT_MS });
  const rows = await querySidePool<{ version: string }>(pool, SELECT_VERSION, READ_TIMEOUT_MS);
  return rows?.[0]?.version ?? null;
}

/** Raises the held version; announcements arrive in commit order, but a poll may cross one. */
function raise(listener: Listener, value: string | undefined): void {
  if (!value || !/^\d+$/.test(value)) return;
  listener.heardAt = Date.now();
  const version = BigInt(value);
  if (listener.version === null || version > listener.version) {
    listener.version = version;
    listener.versionText = version.toString();
  }
}

function disconnect(listener: Listener, client: pg.Client): void {
  if (listener.client !== client) return;
  listener.client = null;
  listener.version = null;
  listener.versionText = null;
  if (listener.poll) clearInterval(listener.poll);
  listener.poll = null;
  client.removeAllListeners("notification");
  client.end().catch(() => undefined);
  const delay = RECONNECT_MS[Math.min(listener.failures, RECONNECT_MS.length - 1)];
  listener.failures += 1;
  setTimeout(() => void connect(listener), delay).unref();
}

async function connect(listener: Listener): Promise<void> {
  const client = new pg.Client({
    connectionString: listener.url,
    application_name: LISTENER_APPLICATION_NAME,
    connectionTimeoutMillis: 2_000,
    keepAlive: true,
    query_timeout: 5_000,
  });
  listener.client = client;
  client.on("error", () => disconnect(listener, client));
  client.on("end", () => disconnect(listener, client));
  client.on("notification", (message) => {
    if (message.channel === CHANNEL) raise(listener, message.payload);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // Listening first, then reading: an edit committed in between is in one or the other.
    raise(listener, (await client.query<{ version: string }>(SELECT_VERSION)).rows[0]?.version);
    listener.failures = 0;
    listener.poll = setInterval(() => {
      let timer: NodeJS.Timeout | undefined;
      const silent = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no answer")), FRESH_MS);
      });
      Promise.race([client.query<{ version: string }>(SELECT_VERSION), silent])
        .then(
          (result) => raise(listener, result.rows[0]?.version),
          () => disconnect(listener, client),
        )
        .finally(() => clearTimeout(timer));
    }, POLL_MS);
    listener.poll.unref();
  } catch {
    disconnect(listener, client);
  }
}

/** The listener for `url`, started on first use (one per process). */
function listenerFor(url: string): Listener | null {
  if (!isContentListenOn()) return null;
  let listener = holder.fristvaktContentListener;
  if (!listener) {
    listener = { url, version: null, versionText: null, heardAt: 0, client: null, failures: 0, poll: null };
    holder.fristvaktContentListener = listener;
    void connect(listener);
  }
  return listener.url === url ? listener : null;
}

/**
 * The current content version: from memory while this instance listens for announcements,
 * else by a query (requests arriving together share it). Null when it cannot be read quickly;
 * then nothing is cached.
 */
export function readContentVersion(url = process.env.DATABASE_URL): Promise<string | null> {
  const held = heldContentVersion(url);
  if (held !== null || !url) return Promise.resolve(held);
  holder.fristvaktContentVersionRead ??= query(url).finally(() => {
    holder.fristvaktContentVersionRead = null;
  });
  return holder.fristvaktContentVersionRead;
}

/**
 * The content version while this instance holds it in memory (announced or polled within the
 * last second), without waiting; null otherwise (then readContentVersion asks the database).
 * Starts the listener on first use.
 */
export function heldContentVersion(url = process.env.DATABASE_URL): string | null {
  if (!url) return null;
  const listener = listenerFor(url);
  if (listener?.versionText == null || Date.now() - listener.heardAt > FRESH_MS) return null;
  return listener.versionText;
}

/** Whether the version is held in memory now (for the fault scripts' and tests' checks). */
export function isContentVersionHeld(url = process.env.DATABASE_URL): boolean {
  const listener = holder.fristvaktContentListener;
  return url !== undefined && listener?.url === url && listener.version !== null && Date.now() - listener.heardAt <= FRESH_MS;
}
