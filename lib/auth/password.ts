// Password hashing with argon2id (OWASP's first choice), through a package that ships its
// native binary inside npm, so installing it downloads nothing else.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// The package declares its algorithms as a const enum, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;

// OWASP's minimum for argon2id: 19 MiB, two passes, one lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against a hash no one has, so that signing in as an unknown e-mail
 * takes as long as a wrong password and does not tell which addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
