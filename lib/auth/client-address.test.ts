import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders } from "./client-address";

const from = (headers: Record<string, string>) => clientAddressFromHeaders(new Headers(headers));

describe("clientAddressFromHeaders", () => {
  it("takes the address the nearest server appended, not one the client wrote first", () => {
    expect(from({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" })).toBe("198.51.100.7");
    expect(from({ "x-forwarded-for": "::ffff:10.0.0.5" })).toBe("10.0.0.5");
    expect(from({ "x-forwarded-for": "2001:DB8::1" })).toBe("2001:db8::1");
    expect(from({ "x-real-ip": "10.0.0.9" })).toBe("10.0.0.9");
  });

  it("answers null for nothing, or for something that is not an address", () => {
    expect(from({})).toBeNull();
    expect(from({ "x-forwarded-for": "<script>" })).toBeNull();
    expect(from({ "x-forwarded-for": "1.2.3.4, " })).toBeNull();
  });
});
