// Small pg pools of their own for the request proxy's checks (is the database up, which
// content version is current), apart from Prisma's pool, so a page whose queries are queued
// there cannot hold them up. Kept on globalThis: the proxy and the routes are bundled apart
// but run in one process, and each pool should exist once.
import pg from "pg";

const holder = globalThis as unknown as { fristvaktSidePools?: Map<string, pg.Pool> };

export function sidePool(name: string, url: string, options: { max: number; timeoutMs: number }): pg.Pool {
  holder.fristvaktSidePools ??= new Map();
  const key = `${name} ${url}`;
  let pool = holder.fristvaktSidePools.get(key);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: options.max, connectionTimeoutMillis: options.timeoutMs, idleTimeoutMillis: 10_000 });
    // An idle connection the server dropped is reported here; the next query simply reconnects.
    pool.on("error", () => undefined);
    holder.fristvaktSidePools.set(key, pool);
  }
  return pool;
}

/** The query's rows, or null when it failed or did not answer within timeoutMs. */
export async function querySidePool<Row extends pg.QueryResultRow>(pool: pg.Pool, text: string, timeoutMs: number): Promise<Row[] | null> {
  let timer: NodeJS.Timeout | undefined;
  // A query that outlives its time counts as failed, whatever it answers later.
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const query = pool.query<Row>({ text, query_timeout: timeoutMs } as pg.QueryConfig).then(
    (result) => result.rows,
    () => null,
  );
  const rows = await Promise.race([query, timeout]);
  clearTimeout(timer);
  return rows;
}
