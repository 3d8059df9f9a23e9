// How many processes serve the app. One Node.js process renders on one core, so a signed-in
// page queues behind the others on a busy single process; a worker per core serves them side
// by side. Each worker is a whole app of its own (its heap, its database pool, its kept pages
// and feeds), kept current the way separate instances are: by the database's content version.
import os from "node:os";
import { wholeNumberFromEnv, type Env } from "./whole-number";

/** Beyond four, a worker's memory and database connections buy little for an app of this size. */
const MAX_DEFAULT_WORKERS = 4;

/** FRISTVAKT_WORKERS: serving processes, 1–64; by default one per core, at most four. */
export function serverWorkersFromEnv(env: Env = process.env, cores: number = os.availableParallelism()): number {
  return wholeNumberFromEnv(env, "FRISTVAKT_WORKERS", {
    fallback: Math.max(1, Math.min(cores, MAX_DEFAULT_WORKERS)),
    min: 1,
    max: 64,
    unit: "processes",
  });
}
