// Whether the database answers, as the request proxy needs it: without waiting. The state is
// refreshed in the background at most once a second with a trivial query on a connection of
// its own, so pages can answer a plain 503 while the database is down instead of failing
// one by one after their own queries time out.
import pg from "pg";

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

interface ProbeState {
  isUp: boolean;
  checkedAt: number;
  isProbing: boolean;
  pool: pg.Pool | null;
}

// On globalThis: the proxy and the routes are bundled apart but run in one process.
const holder = globalThis as unknown as { fristvaktDbProbe?: ProbeState };

function state(): ProbeState {
  holder.fristvaktDbProbe ??= { isUp: true, checkedAt: 0, isProbing: false, pool: null };
  return holder.fristvaktDbProbe;
}

async function probe(url: string): Promise<void> {
  const s = state();
  s.isProbing = true;
  s.pool ??= new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS, idleTimeoutMillis: 10_000 });
  // A probe that outlives its time counts as "down", whatever it answers later.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const query = s.pool.query({ text: "SELECT 1", query_timeout: PROBE_TIMEOUT_MS } as pg.QueryConfig).then(
    () => true,
    () => false,
  );
  s.isUp = await Promise.race([query, timeout]);
  clearTimeout(timer);
  s.checkedAt = Date.now();
  s.isProbing = false;
}

/**
 * The last known answer (true until a probe says otherwise); starts a new probe when the
 * last one is more than a second old. Never waits for the database.
 */
export function isDatabaseAvailable(url = process.env.DATABASE_URL): boolean {
  const s = state();
  if (!url) return true;
  if (!s.isProbing && Date.now() - s.checkedAt >= PROBE_INTERVAL_MS) void probe(url);
  return s.isUp;
}
