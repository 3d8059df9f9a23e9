// The Content-Security-Policy of every response, made per request around a nonce: only the
// scripts Next.js renders with that nonce (and what they load) run, never an inline script an
// attacker slipped into a page. Styles stay 'unsafe-inline' (React writes style attributes;
// a style cannot run code). Forms post to this site only, and to the OpenID Connect provider
// when one is set: a sign-in form without JavaScript is redirected there, and browsers hold
// that redirect to form-action too.
import { randomBytes } from "node:crypto";

type Env = Record<string, string | undefined>;

/** A fresh nonce: 128 random bits, base64 (the alphabet CSP's nonce-source allows). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

function oidcOrigin(env: Env): string | null {
  const issuer = env.FRISTVAKT_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  try {
    return new URL(issuer).origin;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy(nonce: string, env: Env = process.env): string {
  const isDevelopment = env.NODE_ENV === "development";
  const provider = oidcOrigin(env);
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks loaded by a nonced script run; 'self' is for browsers without CSP 3.
    // Development needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${provider ? ` ${provider}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}
