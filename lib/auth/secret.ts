// Auth.js signs and encrypts its session cookie with AUTH_SECRET. When none is configured
// (a fresh checkout, a demo, the tests), one is made once and kept beside the embedded
// database, so sessions survive restarts. Several app instances behind one address must
// share a secret: set AUTH_SECRET for them.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

export const AUTH_SECRET_FILE = "auth-secret";

function readSecret(file: string): string | null {
  try {
    const secret = fs.readFileSync(file, "utf8").trim();
    return secret.length >= 32 ? secret : null;
  } catch {
    return null;
  }
}

/**
 * AUTH_SECRET when set; otherwise the secret kept in `<dataDir>/auth-secret`, created with
 * 256 random bits (readable by the owner only) the first time.
 */
export function resolveAuthSecret(dataDir: string, env: Env = process.env): { secret: string; isFromFile: boolean } {
  const configured = env.AUTH_SECRET?.trim();
  if (configured) return { secret: configured, isFromFile: false };
  const file = path.join(dataDir, AUTH_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return { secret: existing, isFromFile: true };
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process wrote it first: use theirs, so both sign the same cookies.
    const theirs = (error as NodeJS.ErrnoException).code === "EEXIST" ? readSecret(file) : null;
    if (!theirs) throw error;
    return { secret: theirs, isFromFile: true };
  }
  return { secret, isFromFile: true };
}
