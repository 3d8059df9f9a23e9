// Private feed tokens: 256 bits from the operating system's CSPRNG, written as base64url
// (43 characters, safe in a URL path). Only the SHA-256 is stored, so a copy of the
// database does not open anyone's feed. Pure apart from the random source.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** The stored form of a token: its SHA-256, hex. A slow hash is not needed for 256 random bits. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True when `token` could be one we issued; anything else is not worth a lookup. */
export function isFeedTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
