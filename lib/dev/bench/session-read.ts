// What reading a session costs in-process: Auth.js's full session action (what auth() runs:
// decode, callbacks, a refreshed token encrypted again) against the session reader getViewer
// uses (lib/auth/session-token.ts), decoding a token the first time and answering from its
// cache after that.
import { Auth } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { encode } from "next-auth/jwt";
import { createSessionReader } from "../../auth/session-token";

const SECRET = "a-benchmark-secret-of-enough-length-0123456789";
const COOKIE = "authjs.session-token";
const RUNS = 2_000;

async function perCall(runs: number, call: (index: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i += 1) await call(i);
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) await call(i);
  return (performance.now() - started) / runs;
}

export async function measureSessionReads(): Promise<{ authJs: number; firstDecode: number; kept: number }> {
  const tokens = await Promise.all(
    Array.from({ length: RUNS + 50 }, (_, i) =>
      encode({ token: { sub: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` }, secret: SECRET, salt: COOKIE }),
    ),
  );
  const config = {
    secret: SECRET,
    trustHost: true,
    basePath: "/api/auth",
    providers: [Credentials({ credentials: {}, authorize: () => null })],
    session: { strategy: "jwt" as const },
    callbacks: {
      jwt: ({ token }: { token: { sub?: string } }) => (token.sub ? { sub: token.sub } : null),
      session: ({ session, token }: { session: { expires: string }; token: { sub?: string } }) => ({
        expires: session.expires,
        user: { id: token.sub },
      }),
    },
  };
  const authJs = await perCall(RUNS, async (i) => {
    const request = new Request("http://127.0.0.1/api/auth/session", { headers: { cookie: `${COOKIE}=${tokens[i]}` } });
    return ((await Auth(request, config as never)) as unknown as Response).json();
  });
  const fresh = createSessionReader(SECRET);
  const firstDecode = await perCall(RUNS, (i) => fresh.read([{ name: COOKIE, value: tokens[i] }]));
  const kept = await perCall(RUNS, (i) => fresh.read([{ name: COOKIE, value: tokens[i % 50] }]));
  return { authJs, firstDecode, kept };
}
