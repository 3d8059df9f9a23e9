import { describe, expect, it } from "vitest";
import { cacheablePage, pageGeneration, type PageRequest } from "./page-key";
import { pageCacheMbFromEnv } from "./settings";

function request(overrides: Partial<Omit<PageRequest, "headers">> & { headers?: Record<string, string> } = {}): PageRequest {
  return {
    method: "GET",
    pathname: "/",
    search: "",
    cookies: [],
    ...overrides,
    headers: new Headers({ accept: "text/html,application/xhtml+xml", ...overrides.headers }),
  };
}

describe("cacheablePage", () => {
  it("keys the public pages by language and address", () => {
    expect(cacheablePage(request())?.key).toBe("nb /");
    expect(cacheablePage(request({ pathname: "/items", search: "?status=open" }))?.key).toBe("nb /items?status=open");
    expect(cacheablePage(request({ pathname: "/items/3f1c9a0e-1111-4222-8333-444455556666" }))).not.toBeNull();
    expect(cacheablePage(request({ pathname: "/actors/aid" }))).not.toBeNull();
    expect(cacheablePage(request({ pathname: "/topics" }))).not.toBeNull();
    expect(cacheablePage(request({ method: "HEAD" }))).not.toBeNull();
  });

  it("tells languages apart by the cookie first, then the browser's", () => {
    expect(cacheablePage(request({ headers: { "accept-language": "en-GB,en;q=0.9" } }))?.key).toBe("en /");
    const chosen = cacheablePage(request({ headers: { "accept-language": "en" }, cookies: [{ name: "fristvakt-locale", value: "nb" }] }));
    expect(chosen).toEqual({ key: "nb /", locale: "nb" });
  });

  it("passes on nothing of a language cookie but a language of ours", () => {
    const smuggled = cacheablePage(
      request({
        cookies: [{ name: "fristvakt-locale", value: "x; authjs.session-token=abc" }],
        headers: { "accept-language": "en;q=0.5, x; y=z" },
      }),
    );
    expect(smuggled).toEqual({ key: "en /", locale: "en" });
  });

  it("renders for its own request whatever is personal, private, or not a plain page view", () => {
    const personal = [
      request({ cookies: [{ name: "authjs.session-token", value: "x" }] }),
      request({ cookies: [{ name: "__Secure-authjs.session-token.0", value: "x" }] }),
      request({ method: "POST" }),
      request({ headers: { rsc: "1" } }),
      request({ headers: { "next-router-prefetch": "1" } }),
      request({ headers: { "next-action": "abc" } }),
      // The router's fetches, as the proxy sees them (their own headers stripped by Next.js).
      request({ pathname: "/items", headers: { accept: "*/*" } }),
      request({ pathname: "/items", headers: { accept: "*/*", "next-url": "/" } }),
      request({ pathname: "/items", headers: { "sec-fetch-mode": "cors" } }),
      request({ pathname: "/my" }),
      request({ pathname: "/items/new" }),
      request({ pathname: "/items/abc/edit" }),
      request({ pathname: "/sign-in" }),
      request({ pathname: "/admin" }),
      request({ pathname: "/unsubscribe" }),
      request({ pathname: "/feeds/all.ics" }),
      request({ pathname: "/items", search: `?q=${"x".repeat(600)}` }),
    ];
    for (const each of personal) expect(cacheablePage(each), `${each.method} ${each.pathname}`).toBeNull();
  });
});

describe("pageGeneration", () => {
  it("changes with the content version and with the minute, not within a minute", () => {
    const at = (iso: string) => new Date(iso);
    expect(pageGeneration("7", at("2025-01-10T12:00:05Z"))).toBe(pageGeneration("7", at("2025-01-10T12:00:59Z")));
    expect(pageGeneration("7", at("2025-01-10T12:00:59Z"))).not.toBe(pageGeneration("7", at("2025-01-10T12:01:00Z")));
    expect(pageGeneration("7", at("2025-01-10T12:00:05Z"))).not.toBe(pageGeneration("8", at("2025-01-10T12:00:05Z")));
  });
});

describe("pageCacheMbFromEnv", () => {
  it("reads megabytes, 0 for off, and refuses anything else in a sentence", () => {
    expect(pageCacheMbFromEnv({})).toBe(32);
    expect(pageCacheMbFromEnv({ FRISTVAKT_PAGE_CACHE_MB: " 0 " })).toBe(0);
    expect(pageCacheMbFromEnv({ FRISTVAKT_PAGE_CACHE_MB: "128" })).toBe(128);
    for (const bad of ["-1", "1.5", "2048", "lots"]) {
      expect(() => pageCacheMbFromEnv({ FRISTVAKT_PAGE_CACHE_MB: bad })).toThrow(
        `FRISTVAKT_PAGE_CACHE_MB must be a whole number of megabytes from 0 to 1024, not "${bad}".`,
      );
    }
  });
});
