// The embedded PostgreSQL's superuser password: made once per data folder and kept beside the
// auth secret (`<data dir>/postgres-password`, readable by its owner only). PostgreSQL listens
// on 127.0.0.1 only, but every local user and process could reach it with a password known to
// all; now only whoever can read the data folder can. Data folders made before kept the fixed
// password below: their server is switched to a new one at its next start (lib/db/embedded.ts).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The password every data folder had before each got its own; only read to replace it. */
export const LEGACY_PASSWORD = "fristvakt-local";
export const PASSWORD_FILE = "postgres-password";

/** `<data dir>/postgres-password` for the cluster in `<data dir>/pg`. */
export function passwordFileFor(clusterDir: string): string {
  return path.join(path.dirname(path.resolve(clusterDir)), PASSWORD_FILE);
}

export function readPassword(file: string): string | null {
  try {
    const password = fs.readFileSync(file, "utf8").trim();
    return password.length >= 16 ? password : null;
  } catch {
    return null;
  }
}

/** The kept password, or a new one (256 random bits, URL-safe) written with mode 600 the first time. */
export function readOrCreatePassword(file: string): string {
  const existing = readPassword(file);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process wrote it first: use theirs.
    const theirs = (error as NodeJS.ErrnoException).code === "EEXIST" ? readPassword(file) : null;
    if (!theirs) throw error;
    return theirs;
  }
  return password;
}
