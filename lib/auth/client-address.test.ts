import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders, normaliseAddress } from "./client-address";

const from = (headers: Record<string, string>) => clientAddressFromHeaders(new Headers(headers));

describe("clientAddressFromHeaders", () => {
  it("reads the address the server settled on (lib/auth/trusted-proxies.ts)", () => {
    expect(from({ "x-forwarded-for": "198.51.100.7" })).toBe("198.51.100.7");
    expect(from({ "x-forwarded-for": "::ffff:10.0.0.5" })).toBe("10.0.0.5");
    expect(from({ "x-forwarded-for": "2001:DB8::1" })).toBe("2001:db8::1");
  });

  it("answers null for nothing, or for something that is not an address", () => {
    expect(from({})).toBeNull();
    expect(from({ "x-real-ip": "10.0.0.9" })).toBeNull();
    expect(from({ "x-forwarded-for": "<script>" })).toBeNull();
    expect(normaliseAddress("1.2.3.4, ")).toBeNull();
  });
});
