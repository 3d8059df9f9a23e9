// Whether the database answers, as the request proxy needs it: cheaply. A trivial query on a
// connection of its own, at most once a second; requests in between reuse the last answer,
// and a request that finds it stale waits for the next one (about a millisecond when the
// database is up, at most PROBE_TIMEOUT_MS when it is not). So while the database is down,
// pages answer one plain 503 instead of failing one by one after their own queries time out.
import pg from "pg";

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

interface ProbeState {
  isUp: boolean;
  checkedAt: number;
  running: Promise<boolean> | null;
  pool: pg.Pool | null;
}

// On globalThis: the proxy and the routes are bundled apart but run in one process.
const holder = globalThis as unknown as { fristvaktDbProbe?: ProbeState };

function state(): ProbeState {
  holder.fristvaktDbProbe ??= { isUp: true, checkedAt: 0, running: null, pool: null };
  return holder.fristvaktDbProbe;
}

function poolFor(s: ProbeState, url: string): pg.Pool {
  if (!s.pool) {
    s.pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS, idleTimeoutMillis: 10_000 });
    // An idle connection the server dropped is reported here; the next probe simply reconnects.
    s.pool.on("error", () => undefined);
  }
  return s.pool;
}

async function probe(s: ProbeState, url: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  // A probe that outlives its time counts as "down", whatever it answers later.
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const query = poolFor(s, url)
    .query({ text: "SELECT 1", query_timeout: PROBE_TIMEOUT_MS } as pg.QueryConfig)
    .then(
      () => true,
      () => false,
    );
  const isUp = await Promise.race([query, timeout]);
  clearTimeout(timer);
  s.isUp = isUp;
  s.checkedAt = Date.now();
  s.running = null;
  return isUp;
}

/** True when the database answered its last probe, made within the last second. */
export async function isDatabaseAvailable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return true;
  const s = state();
  if (Date.now() - s.checkedAt < PROBE_INTERVAL_MS) return s.isUp;
  s.running ??= probe(s, url);
  return s.running;
}
