import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db/client";
import { currentTime } from "../deadlines";
import { isAppError } from "../errors";
import { createAuthCallbacks } from "./callbacks";
import { isStorableText } from "../storable-text";
import { clientAddressFromHeaders } from "./client-address";
import { oidcProviderFromEnv } from "./oidc";
import { verifyCredentials } from "./sign-in";
import { dataDirFromEnv } from "../settings/data-dir";
import { resolveAuthSecret } from "./secret";
import { endSession, SESSION_MAX_AGE_SECONDS, sessionClaimsOf } from "./sessions";

export const SIGN_IN_PATH = "/sign-in";

// Auth.js adds its own fields (csrfToken, callbackUrl) to the form, so this one is not strict.
// A NUL in the e-mail would fail the lookup in PostgreSQL (lib/storable-text.ts): refused here as a wrong answer.
const credentialsSchema = z.object({ email: z.string().min(1).max(320).refine(isStorableText), password: z.string().min(1).max(1_000) });

export const SIGN_IN_THROTTLED_CODE = "throttled";

/** A sign-in made to wait (lib/auth/sign-in.ts): the page says so, instead of "wrong password". */
class SignInThrottled extends CredentialsSignin {
  code = SIGN_IN_THROTTLED_CODE;
}

const credentials = Credentials({
  credentials: { email: { label: "E-post", type: "email" }, password: { label: "Passord", type: "password" } },
  async authorize(input, request) {
    const parsed = credentialsSchema.safeParse(input);
    if (!parsed.success) return null;
    try {
      const address = clientAddressFromHeaders(request.headers);
      const viewer = await verifyCredentials(getDb(), parsed.data.email, parsed.data.password, address, currentTime());
      return { id: viewer.userId };
    } catch (error) {
      // Wrong or disabled: one generic refusal (Auth.js answers CredentialsSignin).
      if (isAppError(error)) {
        if (error.code === "RATE_LIMITED") throw new SignInThrottled();
        return null;
      }
      throw error;
    }
  },
});

let config: NextAuthConfig | null = null;

// Built on the first request rather than at import, so `next build` neither writes a secret
// file nor needs the OpenID Connect settings.
function getAuthConfig(): NextAuthConfig {
  if (config) return config;
  const oidc = oidcProviderFromEnv();
  config = {
    providers: oidc ? [credentials, oidc] : [credentials],
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: resolveAuthSecret(dataDirFromEnv()).secret,
    // `npm start` serves the app itself on whatever host it is reached by; set AUTH_URL to
    // pin the public address when running behind a proxy.
    trustHost: true,
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    callbacks: createAuthCallbacks(getDb),
    events: {
      // Auth.js only deletes the cookie; this refuses the session itself, should a copy of it survive.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        const claims = sessionClaimsOf(token);
        if (!claims) return;
        const now = currentTime();
        const expiresAt =
          typeof token?.exp === "number" ? new Date(token.exp * 1_000) : new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1_000);
        await endSession(getDb(), claims, expiresAt, now);
      },
    },
    // A refused sign-in is an answer, not a server error: keep it out of the error log.
    logger: {
      error(error) {
        // Matched by `type`: the class name does not survive minification.
        if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
      },
    },
  };
  return config;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => getAuthConfig());

/** Whether the sign-in page should offer the OpenID Connect button, and its label. */
export function getOidcSignInOption(): { id: string; name: string } | null {
  const oidc = oidcProviderFromEnv();
  return oidc ? { id: oidc.id, name: oidc.name } : null;
}
