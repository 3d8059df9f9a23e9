import { describe, expect, it } from "vitest";
import { oidcProviderFromEnv, verifiedEmailOf } from "./oidc";

const ENV = {
  FRISTVAKT_OIDC_ISSUER: "https://login.example.org/tenant/v2.0",
  FRISTVAKT_OIDC_CLIENT_ID: "fristvakt",
  FRISTVAKT_OIDC_CLIENT_SECRET: "s3cret",
};

describe("OpenID Connect from the environment", () => {
  it("is off without settings, on with all three, labelled by FRISTVAKT_OIDC_NAME", () => {
    expect(oidcProviderFromEnv({})).toBeNull();
    const provider = oidcProviderFromEnv({ ...ENV, FRISTVAKT_OIDC_NAME: "Microsoft" });
    expect(provider).toMatchObject({
      id: "oidc",
      type: "oidc",
      name: "Microsoft",
      issuer: ENV.FRISTVAKT_OIDC_ISSUER,
      clientId: "fristvakt",
    });
    expect(provider?.checks).toEqual(["pkce", "state", "nonce"]);
  });

  it("stops on a half-done configuration and names what is missing", () => {
    expect(() => oidcProviderFromEnv({ FRISTVAKT_OIDC_ISSUER: ENV.FRISTVAKT_OIDC_ISSUER })).toThrow(
      /missing: FRISTVAKT_OIDC_CLIENT_ID, FRISTVAKT_OIDC_CLIENT_SECRET/,
    );
  });

  it("trusts only an e-mail the provider does not call unverified", () => {
    expect(verifiedEmailOf({ email: "Kari@Example.org" })).toBe("kari@example.org");
    expect(verifiedEmailOf({ email: "kari@example.org", email_verified: true })).toBe("kari@example.org");
    expect(verifiedEmailOf({ email: "kari@example.org", email_verified: false })).toBeNull();
    expect(verifiedEmailOf({ email: "kari@example.org", email_verified: "false" })).toBeNull();
    expect(verifiedEmailOf({ preferred_username: "kari@example.org" })).toBeNull();
    expect(verifiedEmailOf(undefined)).toBeNull();
  });
});
