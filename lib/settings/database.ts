// How the app reaches PostgreSQL. DATABASE_URL is set by `npm start` (the embedded database)
// or by whoever runs it against their own server; the pool size is a whole-number setting.
import { wholeNumberFromEnv, type Env } from "./whole-number";

/** DATABASE_URL; a sentence saying how to start Fristvakt when it is missing. */
export function databaseUrlFromEnv(env: Env = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (!url) throw new Error("DATABASE_URL is not set: start Fristvakt with `npm start`.");
  return url;
}

/** FRISTVAKT_DB_POOL: connections one app process keeps to PostgreSQL. */
export function dbPoolSizeFromEnv(env: Env = process.env): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_DB_POOL", { fallback: 10, min: 1, max: 200, unit: "connections" });
}
