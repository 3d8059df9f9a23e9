// Memory for rendered public pages, from FRISTVAKT_PAGE_CACHE_MB (0..1024, default 32; 0 turns
// the page cache off). A bad value throws at start rather than silently using the default.
type Env = Record<string, string | undefined>;

export const DEFAULT_PAGE_CACHE_MB = 32;

export function pageCacheMbFromEnv(env: Env = process.env): number {
  const raw = env.FRISTVAKT_PAGE_CACHE_MB?.trim();
  if (!raw) return DEFAULT_PAGE_CACHE_MB;
  const mb = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(mb <= 1024)) {
    throw new Error(`FRISTVAKT_PAGE_CACHE_MB must be a whole number of megabytes from 0 to 1024, not "${raw}".`);
  }
  return mb;
}
