import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this request's nonce run, and forms post only here", () => {
    const policy = contentSecurityPolicy("abc123==", { NODE_ENV: "production" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("lets a sign-in form reach the OpenID Connect provider when one is set", () => {
    const policy = contentSecurityPolicy("n", { FRISTVAKT_OIDC_ISSUER: "https://login.example.no/realms/kom/" });
    expect(directive(policy, "form-action")).toBe("form-action 'self' https://login.example.no");
    expect(directive(contentSecurityPolicy("n", { FRISTVAKT_OIDC_ISSUER: "not a url" }), "form-action")).toBe("form-action 'self'");
  });

  it("allows eval only in development", () => {
    expect(directive(contentSecurityPolicy("n", { NODE_ENV: "development" }), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("newNonce", () => {
  it("is new each time and written in base64", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
