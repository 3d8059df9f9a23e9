import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../db/embedded";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { PoliteFetcher } from "./polite-fetch";
import { isSourcePollingOn, pollSettingsFromEnv } from "./settings";
import { nextPollAt } from "./backoff";

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set("/a", { body: "a" });
});

afterAll(async () => {
  await server.close();
});

describe("PoliteFetcher", () => {
  it("waits its turn between two requests to one host", async () => {
    const fetcher = new PoliteFetcher({ userAgent: "Fristvakt/1.0 (+http://fristvakt.test)", timeoutMs: 2_000, hostSpacingMs: 300 });
    const started = Date.now();
    await fetcher.fetch(`${server.base}/a`);
    await fetcher.fetch(`${server.base}/a`);
    await fetcher.fetch(`${server.base}/a`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  });

  it("says calmly what went wrong, in one sentence", async () => {
    const fetcher = new PoliteFetcher({ userAgent: "Fristvakt/1.0", timeoutMs: 2_000, hostSpacingMs: 0 });
    const closed = await findFreePort();
    expect(await fetcher.fetch(`http://127.0.0.1:${closed}/feed`)).toEqual({
      kind: "failed",
      message: `127.0.0.1:${closed} refused the connection.`,
    });
    expect(await fetcher.fetch("ftp://example.org/feed")).toEqual({
      kind: "failed",
      message: '"ftp://example.org/feed" is not an http(s) address.',
    });
    expect(await fetcher.fetch(`${server.base}/missing`)).toMatchObject({
      kind: "failed",
      message: expect.stringMatching(/answered 404 for \/missing\.$/),
    });
  });

  it("counts a body it has seen before as not modified when the server gives no validators", async () => {
    server.routes.set("/plain", { body: "same", hasEtag: false });
    const fetcher = new PoliteFetcher({ userAgent: "Fristvakt/1.0", timeoutMs: 2_000, hostSpacingMs: 0 });
    const first = await fetcher.fetch(`${server.base}/plain`);
    expect(first.kind).toBe("ok");
    const hash = first.kind === "ok" ? first.contentHash : null;
    expect(await fetcher.fetch(`${server.base}/plain`, null, hash)).toEqual({ kind: "not-modified" });
  });
});

describe("settings and back-off", () => {
  it("reads FRISTVAKT_SOURCES and FRISTVAKT_SOURCE_TIMEOUT, refusing a typo", () => {
    expect(isSourcePollingOn({})).toBe(true);
    expect(isSourcePollingOn({ FRISTVAKT_SOURCES: "off" })).toBe(false);
    expect(() => isSourcePollingOn({ FRISTVAKT_SOURCES: "nei" })).toThrow('FRISTVAKT_SOURCES must be "on" or "off", not "nei".');
    expect(pollSettingsFromEnv({ FRISTVAKT_PUBLIC_URL: "https://fristvakt.example.org", FRISTVAKT_SOURCE_TIMEOUT: "5" })).toMatchObject({
      timeoutMs: 5_000,
      hostSpacingMs: 1_500,
      userAgent: expect.stringContaining("+https://fristvakt.example.org"),
    });
    expect(() => pollSettingsFromEnv({ FRISTVAKT_SOURCE_TIMEOUT: "0" })).toThrow(/FRISTVAKT_SOURCE_TIMEOUT/);
  });

  it("doubles the wait after each failure, up to a day", () => {
    const now = new Date("2026-12-03T12:00:00Z");
    const hours = (failures: number) => (nextPollAt(now, 60, failures).getTime() - now.getTime()) / 3_600_000;
    expect([0, 1, 2, 3, 4, 5, 10].map(hours)).toEqual([1, 2, 4, 8, 16, 24, 24]);
  });
});
