// The session cookie, read without running all of Auth.js for each request. Auth.js's auth()
// builds a request, decodes the token, runs the callbacks and encrypts a refreshed token that a
// page can never set anyway; for the user's id, decoding is all that is needed. A decoded
// token is kept, keyed by the token itself, until it expires (at most five minutes): the key
// is the member's own secret cookie, so a kept answer can only ever go back to whoever holds
// that very cookie. Whether the user may still act is not kept: loadViewer asks the database
// on every request.
import { decode } from "next-auth/jwt";
import { ByteBoundedLru } from "../byte-lru";

/** Auth.js's cookie names: "__Secure-" over https. Long tokens are split into ".0", ".1", …. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const KEEP_MS = 5 * 60_000;
const KEPT_TOKENS = 10_000;

export interface DecodedSession {
  /** The user's id. */
  sub: string;
  [claim: string]: unknown;
}

type Cookie = { name: string; value: string };

/** The token under `name`, whole or joined from its numbered chunks; null when absent. */
function tokenOf(cookies: readonly Cookie[], name: string): string | null {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((cookie) => ({ cookie, index: cookie.name.startsWith(`${name}.`) ? Number(cookie.name.slice(name.length + 1)) : NaN }))
    .filter(({ index }) => Number.isInteger(index) && index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map(({ cookie }) => cookie.value).join("") : null;
}

export interface SessionReader {
  /** The claims of a valid, unexpired session among `cookies`, or null. */
  read(cookies: readonly Cookie[], now?: number): Promise<DecodedSession | null>;
}

export function createSessionReader(secret: string): SessionReader {
  const kept = new ByteBoundedLru<{ claims: DecodedSession | null; until: number }>(KEPT_TOKENS);
  return {
    async read(cookies, now = Date.now()) {
      for (const name of SESSION_COOKIES) {
        const token = tokenOf(cookies, name);
        if (token === null) continue;
        const key = `${name}=${token}`;
        const hit = kept.get(key);
        if (hit && hit.until > now) return hit.claims;
        const payload = await decode({ token, secret, salt: name }).catch(() => null);
        const claims = typeof payload?.sub === "string" ? (payload as DecodedSession) : null;
        const expiresAt = typeof payload?.exp === "number" ? payload.exp * 1000 : now;
        kept.set(key, { claims, until: Math.min(expiresAt, now + KEEP_MS) }, 1);
        return claims;
      }
      return null;
    },
  };
}
