// The address a request came from, for throttling sign-ins and the API. Route handlers see no
// socket, only headers; the server (lib/cli/serve-app.ts, see lib/auth/trusted-proxies.ts) sets
// X-Forwarded-For to the one client address it settled on, from the socket or, through a
// proxy listed in FRISTVAKT_TRUSTED_PROXIES, from the proxy's header. Whatever the client sent
// itself has been dropped by then.
const ADDRESS_PATTERN = /^[0-9a-f.:]{2,45}$/i;

/** A lower-case IPv4 or IPv6 address (IPv4-mapped IPv6 read as IPv4), or null for anything else. */
export function normaliseAddress(candidate: string | undefined | null): string | null {
  const address = candidate
    ?.trim()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
    .toLowerCase();
  return address && ADDRESS_PATTERN.test(address) ? address : null;
}

export function clientAddressFromHeaders(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  return forwarded ? normaliseAddress(forwarded.split(",").at(-1)) : null;
}
