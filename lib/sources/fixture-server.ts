// A local HTTP server for the poller's tests: serves documents from memory on 127.0.0.1 at a
// random port, with ETag and 304 when asked, a status or a delay per path, and a count of the
// requests each path got. Tests change what it serves between polls. No test reaches the internet.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  body: string;
  status?: number;
  contentType?: string;
  /** Answer after this long (a slow server). */
  delayMs?: number;
  /** Send an ETag and honour If-None-Match (true by default). */
  hasEtag?: boolean;
  headers?: Record<string, string>;
  /** Sent instead of `body` (UTF-8) when set: a document in another encoding. */
  bytes?: Buffer;
}

export interface FixtureServer {
  base: string;
  /** Path (with query) → what it answers; unknown paths answer 404. */
  routes: Map<string, Route>;
  /** Path → requests received. */
  hits: Map<string, number>;
  userAgents: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const userAgents: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    userAgents.push(String(request.headers["user-agent"] ?? ""));
    const route = routes.get(path);
    const answer = () => {
      if (!route) {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const status = route.status ?? 200;
      const etag = `"${createHash("sha1").update(route.body).digest("hex")}"`;
      const headers: Record<string, string> = { "content-type": route.contentType ?? "text/xml; charset=utf-8", ...route.headers };
      if (status === 200 && route.hasEtag !== false) {
        headers.etag = etag;
        if (request.headers["if-none-match"] === etag) {
          response.writeHead(304, headers).end();
          return;
        }
      }
      response.writeHead(status, headers).end(status === 200 ? (route.bytes ?? route.body) : "error");
    };
    if (route?.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) answer();
      }, route.delayMs);
      timers.add(timer);
    } else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    hits,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
