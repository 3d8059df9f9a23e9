// Where Fristvakt keeps what it makes for itself: the embedded PostgreSQL (<dir>/pg), the
// session secret (<dir>/auth-secret) and the mail outbox (<dir>/outbox). One reading, so the
// database and the secret never end up in different folders.
import path from "node:path";
import type { Env } from "./whole-number";

/** The data folder: FRISTVAKT_DATA_DIR (unset or empty: .data), resolved against the working directory. */
export function dataDirFromEnv(env: Env = process.env): string {
  // Resolved at run time against the working directory; not a file the build should trace.
  return path.resolve(/*turbopackIgnore: true*/ env.FRISTVAKT_DATA_DIR?.trim() || ".data");
}
