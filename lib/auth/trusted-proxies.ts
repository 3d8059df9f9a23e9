// Which forwarding headers to believe. A client can write X-Forwarded-For and
// X-Forwarded-Host itself; only a reverse proxy we run may. So a request's forwarding headers
// count only when its socket address belongs to a proxy listed in FRISTVAKT_TRUSTED_PROXIES;
// otherwise the socket address is the client's and the headers are dropped. The server
// (lib/cli/serve-app.ts) rewrites each request this way before Next.js sees it, so the sign-in
// throttle, the API's rate limit and the server actions' origin check read settled headers.
import net from "node:net";
import { normaliseAddress } from "./client-address";

export const TRUSTED_PROXIES_SETTING = "FRISTVAKT_TRUSTED_PROXIES";

/** Headers a client could forge to pose as coming through a proxy. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
] as const;

export interface TrustedProxies {
  isTrusted(address: string): boolean;
  readonly isEmpty: boolean;
}

/**
 * Reads FRISTVAKT_TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces
 * ("127.0.0.1, 10.0.0.0/8, ::1"). Unset or empty trusts no one. Anything else throws a
 * sentence naming the setting, so a typo stops the start instead of trusting nobody silently.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [rawAddress, rawPrefix, ...rest] = entry.split("/");
    const address = normaliseAddress(rawAddress);
    const family = address ? net.isIP(address) : 0;
    const maxPrefix = family === 4 ? 32 : 128;
    const prefix = rawPrefix === undefined ? maxPrefix : /^\d{1,3}$/.test(rawPrefix) ? Number(rawPrefix) : NaN;
    if (!address || family === 0 || rest.length > 0 || !(prefix >= 0 && prefix <= maxPrefix)) {
      throw new Error(`${TRUSTED_PROXIES_SETTING} must list IP addresses or ranges such as 127.0.0.1 or 10.0.0.0/8, not "${entry}".`);
    }
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return {
    isEmpty: entries.length === 0,
    isTrusted(candidate: string) {
      const address = normaliseAddress(candidate);
      const family = address ? net.isIP(address) : 0;
      return family !== 0 && list.check(address!, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

export interface SettledForwarding {
  /** The client's address: the socket's, or the nearest untrusted one a trusted proxy reported. */
  clientAddress: string | null;
  /** Whether the proxy's X-Forwarded-Host and -Proto may stand. */
  isFromTrustedProxy: boolean;
}

/**
 * The client address for a request that arrived on a socket from `socketAddress`. Through
 * trusted proxies, X-Forwarded-For is read from the right (each proxy appends the address it
 * saw), past every trusted proxy, to the first address none of ours wrote: entries left of it
 * were written by the client and prove nothing.
 */
export function settleForwarding(
  socketAddress: string | undefined,
  headers: Record<string, string | string[] | undefined>,
  trusted: TrustedProxies,
): SettledForwarding {
  const socket = normaliseAddress(socketAddress);
  if (!socket || !trusted.isTrusted(socket)) return { clientAddress: socket, isFromTrustedProxy: false };
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const chain = (header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  let client: string | null = null;
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const address = normaliseAddress(chain[index]);
    if (!address) break;
    client = address;
    if (!trusted.isTrusted(address)) break;
  }
  client ??= normaliseAddress(header("x-real-ip"));
  return { clientAddress: client ?? socket, isFromTrustedProxy: true };
}

/**
 * Rewrites a Node request's headers in place: without a trusted proxy every forwarding header
 * goes; X-Forwarded-For then holds exactly the client's address (Next.js would otherwise fill
 * it only when absent, keeping whatever the client sent).
 */
export function applySettledForwarding(
  socketAddress: string | undefined,
  headers: Record<string, string | string[] | undefined>,
  trusted: TrustedProxies,
): void {
  const settled = settleForwarding(socketAddress, headers, trusted);
  if (!settled.isFromTrustedProxy) for (const name of FORWARDING_HEADERS) delete headers[name];
  delete headers["x-real-ip"];
  if (settled.clientAddress) headers["x-forwarded-for"] = settled.clientAddress;
  else delete headers["x-forwarded-for"];
}
