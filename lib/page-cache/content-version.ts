// The content version: one number that database triggers raise, at commit, whenever an item,
// actor, topic or source changes (prisma/migrations/*_content_version). Read for every
// cacheable page request, so an edit made on any instance shows at once on every instance.
import { querySidePool, sidePool } from "../db/side-pool";

const READ_TIMEOUT_MS = 500;

// Requests arriving together share one query (a read at most a few milliseconds old).
const holder = globalThis as unknown as { fristvaktContentVersionRead?: Promise<string | null> | null };

async function read(url: string): Promise<string | null> {
  const pool = sidePool("content-version", url, { max: 2, timeoutMs: READ_TIMEOUT_MS });
  const rows = await querySidePool<{ version: string }>(pool, `SELECT "version"::text AS "version" FROM "content_version" WHERE "id" = 1`, READ_TIMEOUT_MS);
  return rows?.[0]?.version ?? null;
}

/** The current content version, or null when it cannot be read quickly (then nothing is cached). */
export function readContentVersion(url = process.env.DATABASE_URL): Promise<string | null> {
  if (!url) return Promise.resolve(null);
  holder.fristvaktContentVersionRead ??= read(url).finally(() => {
    holder.fristvaktContentVersionRead = null;
  });
  return holder.fristvaktContentVersionRead;
}
