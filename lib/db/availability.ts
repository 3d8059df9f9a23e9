// Whether the database answers, as the request proxy needs it: cheaply. A trivial query on a
// connection of its own, at most once a second; requests in between reuse the last answer,
// and a request that finds it stale waits for the next one (about a millisecond when the
// database is up, at most PROBE_TIMEOUT_MS when it is not). So while the database is down,
// pages answer one plain 503 instead of failing one by one after their own queries time out.
import { querySidePool, sidePool } from "./side-pool";

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

interface ProbeState {
  isUp: boolean;
  checkedAt: number;
  running: Promise<boolean> | null;
}

// On globalThis: the proxy and the routes are bundled apart but run in one process.
const holder = globalThis as unknown as { fristvaktDbProbe?: ProbeState };

function state(): ProbeState {
  holder.fristvaktDbProbe ??= { isUp: true, checkedAt: 0, running: null };
  return holder.fristvaktDbProbe;
}

async function probe(s: ProbeState, url: string): Promise<boolean> {
  const pool = sidePool("availability", url, { max: 1, timeoutMs: PROBE_TIMEOUT_MS });
  const isUp = (await querySidePool(pool, "SELECT 1", PROBE_TIMEOUT_MS)) !== null;
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
