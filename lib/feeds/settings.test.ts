import { describe, expect, it } from "vitest";
import { describePublicUrlMismatch, publicBaseUrlFromEnv } from "./settings";

describe("publicBaseUrlFromEnv", () => {
  it("follows the port the app listens on when no public address is set", () => {
    expect(publicBaseUrlFromEnv({})).toBe("http://localhost:3000");
    expect(publicBaseUrlFromEnv({ PORT: "4401" })).toBe("http://localhost:4401");
    expect(publicBaseUrlFromEnv({ PORT: "4401", FRISTVAKT_PUBLIC_URL: "" })).toBe("http://localhost:4401");
    expect(() => publicBaseUrlFromEnv({ PORT: "nonsense" })).toThrow(/PORT must be a port number/);
  });

  it("uses FRISTVAKT_PUBLIC_URL as given, without a trailing slash", () => {
    expect(publicBaseUrlFromEnv({ PORT: "4401", FRISTVAKT_PUBLIC_URL: "https://fristvakt.no/" })).toBe("https://fristvakt.no");
    expect(() => publicBaseUrlFromEnv({ FRISTVAKT_PUBLIC_URL: "fristvakt.no" })).toThrow(/http\(s\) address/);
  });
});

describe("describePublicUrlMismatch", () => {
  it("warns when the address names this machine on another port", () => {
    const warning = describePublicUrlMismatch({ PORT: "4401", FRISTVAKT_PUBLIC_URL: "http://localhost:3000" });
    expect(warning).toContain("http://localhost:3000");
    expect(warning).toContain("port 4401");
    expect(warning?.split("\n")).toHaveLength(1);
    expect(describePublicUrlMismatch({ FRISTVAKT_PUBLIC_URL: "http://127.0.0.1:8080" })).toContain("port 3000");
  });

  it("stays quiet when the address matches, is unset, or names another host (a proxy)", () => {
    expect(describePublicUrlMismatch({ PORT: "4401", FRISTVAKT_PUBLIC_URL: "http://localhost:4401/" })).toBeNull();
    expect(describePublicUrlMismatch({ FRISTVAKT_PUBLIC_URL: "http://localhost:3000" })).toBeNull();
    expect(describePublicUrlMismatch({ PORT: "80", FRISTVAKT_PUBLIC_URL: "http://localhost" })).toBeNull();
    expect(describePublicUrlMismatch({ PORT: "4401" })).toBeNull();
    expect(describePublicUrlMismatch({ PORT: "3000", FRISTVAKT_PUBLIC_URL: "https://fristvakt.no" })).toBeNull();
  });
});
