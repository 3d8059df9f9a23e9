// Sign-in through an OpenID Connect provider (Microsoft Entra ID, Keycloak, a broker in front
// of ID-porten, ...), switched on by environment variables alone. It never creates
// accounts: the provider's verified e-mail must match a user an admin has created.
import type { OIDCConfig } from "next-auth/providers";

type Env = Record<string, string | undefined>;

export const OIDC_PROVIDER_ID = "oidc";

export interface OidcProfile extends Record<string, unknown> {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
}

const VARIABLES = ["FRISTVAKT_OIDC_ISSUER", "FRISTVAKT_OIDC_CLIENT_ID", "FRISTVAKT_OIDC_CLIENT_SECRET"] as const;

/**
 * The provider described by FRISTVAKT_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET and the
 * optional _NAME (the button's label), or null when none is set. Some but not all of them
 * is a mistake worth stopping for, so that throws.
 */
export function oidcProviderFromEnv(env: Env = process.env): OIDCConfig<OidcProfile> | null {
  const [issuer, clientId, clientSecret] = VARIABLES.map((name) => env[name]?.trim() || undefined);
  const missing = VARIABLES.filter((name) => !env[name]?.trim());
  if (missing.length === VARIABLES.length) return null;
  if (missing.length > 0) {
    throw new Error(`OpenID Connect sign-in needs ${VARIABLES.join(", ")}; missing: ${missing.join(", ")}.`);
  }
  return {
    id: OIDC_PROVIDER_ID,
    name: env.FRISTVAKT_OIDC_NAME?.trim() || "OpenID Connect",
    type: "oidc",
    issuer,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null }),
  };
}

/** The e-mail the provider vouches for; null when it sends none or marks it unverified. */
export function verifiedEmailOf(profile: Record<string, unknown> | undefined | null): string | null {
  const email = profile?.email;
  if (typeof email !== "string" || !email.includes("@")) return null;
  const verified = profile?.email_verified;
  if (verified === false || verified === "false") return null;
  return email.trim().toLowerCase();
}
