// The address a sign-in came from, for throttling. Route handlers see no socket, only
// headers. Next.js fills X-Forwarded-For with the socket address when the request has none,
// and a reverse proxy (nginx: $proxy_add_x_forwarded_for) appends the address it saw, so
// the rightmost entry is the one written by the nearest server we run. Without a proxy in
// front, a client may send its own header: per-address throttling is then a best effort,
// and the per-account limit still holds.
const ADDRESS_PATTERN = /^[0-9a-f.:]{2,45}$/i;

function normalise(candidate: string | undefined): string | null {
  const address = candidate?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
  return address && ADDRESS_PATTERN.test(address) ? address : null;
}

export function clientAddressFromHeaders(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return normalise(forwarded.split(",").at(-1));
  return normalise(headers.get("x-real-ip") ?? undefined);
}
