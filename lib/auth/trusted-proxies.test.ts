import { describe, expect, it } from "vitest";
import { applySettledForwarding, parseTrustedProxies, settleForwarding } from "./trusted-proxies";

const nginxOnLoopback = parseTrustedProxies("127.0.0.1, ::1");

describe("settleForwarding", () => {
  it("ignores X-Forwarded-For from a client that connects directly, whatever it claims", () => {
    const settled = settleForwarding("198.51.100.23", { "x-forwarded-for": "203.0.113.9" }, parseTrustedProxies(undefined));
    expect(settled).toEqual({ clientAddress: "198.51.100.23", isFromTrustedProxy: false });
    expect(settleForwarding("::ffff:198.51.100.23", { "x-forwarded-for": "1.1.1.1" }, nginxOnLoopback).clientAddress).toBe("198.51.100.23");
  });

  it("takes the address a trusted proxy saw, not what the client wrote before it", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 198.51.100.23" };
    expect(settleForwarding("127.0.0.1", headers, nginxOnLoopback).clientAddress).toBe("198.51.100.23");
  });

  it("walks past every trusted proxy in a chain", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8 127.0.0.1");
    const headers = { "x-forwarded-for": "6.6.6.6, 198.51.100.23, 10.1.2.3" };
    expect(settleForwarding("127.0.0.1", headers, trusted).clientAddress).toBe("198.51.100.23");
  });

  it("falls back to X-Real-IP, then the proxy's own address", () => {
    expect(settleForwarding("127.0.0.1", { "x-real-ip": "198.51.100.23" }, nginxOnLoopback).clientAddress).toBe("198.51.100.23");
    expect(settleForwarding("127.0.0.1", {}, nginxOnLoopback).clientAddress).toBe("127.0.0.1");
  });
});

describe("applySettledForwarding", () => {
  it("drops every forwarding header a direct client sent and names its socket address", () => {
    const headers: Record<string, string> = {
      host: "fristvakt.example",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "203.0.113.9",
      forwarded: "for=203.0.113.9;host=evil.example",
    };
    applySettledForwarding("198.51.100.23", headers, parseTrustedProxies(""));
    expect(headers).toEqual({ host: "fristvakt.example", "x-forwarded-for": "198.51.100.23" });
  });

  it("keeps a trusted proxy's host and protocol", () => {
    const headers: Record<string, string> = {
      "x-forwarded-for": "198.51.100.23",
      "x-forwarded-host": "fristvakt.example",
      "x-forwarded-proto": "https",
    };
    applySettledForwarding("127.0.0.1", headers, nginxOnLoopback);
    expect(headers).toEqual({ "x-forwarded-for": "198.51.100.23", "x-forwarded-host": "fristvakt.example", "x-forwarded-proto": "https" });
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and ranges of both families", () => {
    const trusted = parseTrustedProxies("192.168.0.0/16, fd00::/8 127.0.0.1");
    expect(trusted.isTrusted("192.168.4.5")).toBe(true);
    expect(trusted.isTrusted("fd12::1")).toBe(true);
    expect(trusted.isTrusted("::ffff:127.0.0.1")).toBe(true);
    expect(trusted.isTrusted("127.0.0.2")).toBe(false);
    expect(trusted.isTrusted("not an address")).toBe(false);
  });

  it("refuses a typo with a sentence naming the setting", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/FRISTVAKT_TRUSTED_PROXIES .*"10\.0\.0\.0\/33"/);
    expect(() => parseTrustedProxies("nginx")).toThrow(/FRISTVAKT_TRUSTED_PROXIES/);
  });
});
