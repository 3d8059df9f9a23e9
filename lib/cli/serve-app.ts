// Serves the built app, as `next start` would, through Next.js's own request handler, with
// one step first: each request's forwarding headers are settled against
// FRISTVAKT_TRUSTED_PROXIES (lib/auth/trusted-proxies.ts). `next start` keeps whatever
// X-Forwarded-For and X-Forwarded-Host a client sends, so without this a client could pick its
// own address for the throttles and its own host for the server actions' origin check.
// Runs in the one serving process, or in each worker (serve-workers.ts).
import cluster from "node:cluster";
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { addressProblem } from "../address-problem";
import { applySettledForwarding, parseTrustedProxies, type TrustedProxies } from "../auth/trusted-proxies";
import { isPublicFeedPoll, notModifiedReply, rememberNotModified, type ReplyHeaders } from "../feeds/poll-lane";
import { generationHolds } from "../feeds/stamp-generation";
import { heldContentVersion } from "../page-cache/content-version";

export interface ServeOptions {
  port: number;
  /** Without one, every interface, as `next start` does. */
  hostname?: string;
}

export async function serveApp({ port, hostname }: ServeOptions): Promise<void> {
  const trusted = rememberingAnswers(parseTrustedProxies(process.env.FRISTVAKT_TRUSTED_PROXIES));
  const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    // Every route, feeds included (the proxy does not run for them): Next.js would answer an
    // address it cannot decode with a bare 500.
    const problem = addressProblem(request.url ?? "/");
    if (problem) {
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      response.end(`${problem}\n`);
      return;
    }
    applySettledForwarding(request.socket.remoteAddress, request.headers, trusted);
    const url = request.url ?? "/";
    const ifNoneMatch = request.headers["if-none-match"];
    if (ifNoneMatch && isPublicFeedPoll(request.method, url)) {
      // A repeated calendar poll of a feed that has not changed (lib/feeds/poll-lane.ts).
      const reply = notModifiedReply(url, ifNoneMatch, (generation) => generationHolds(generation, heldContentVersion()));
      if (reply) {
        response.writeHead(304, reply);
        response.end();
        return;
      }
      response.once("finish", () => {
        if (response.statusCode === 304 && response.getHeader("etag") === ifNoneMatch) {
          rememberNotModified(url, ifNoneMatch, response.getHeaders() as ReplyHeaders);
        }
      });
    }
    void handle(request, response);
  });
  // Longer than a proxy's idle keep-alive (nginx: 60 s), so the proxy closes idle connections first.
  server.keepAliveTimeout = 65_000;

  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(`Fristvakt cannot listen on ${hostname ?? "every interface"}:${port}: ${error.message}`);
    process.exit(1);
  });
  // Without --hostname, every interface, as `next start` does.
  server.listen(port, hostname, () => {
    const bound = server.address() as AddressInfo;
    // As `next start` does: the page cache renders a miss by asking this address (lib/page-cache).
    process.env.PORT = String(bound.port);
    process.env.__NEXT_PRIVATE_ORIGIN = `http://${ownHost(bound.address)}:${bound.port}`;
    // Workers leave it to their keeper, which says it once for all of them.
    if (cluster.isPrimary) console.log(`Serving on ${hostname ?? "every interface"}, port ${bound.port}`);
  });

  const stop = (code: number) => () => {
    server.close();
    server.closeIdleConnections();
    process.exit(code);
  };
  process.on("SIGTERM", stop(143));
  process.on("SIGINT", stop(130));
  // A worker whose keeper is gone (even killed) stops too, rather than answer unsupervised.
  if (cluster.isWorker) process.on("disconnect", stop(0));
}

/**
 * The same list, remembering its answer per address: a keep-alive connection (a proxy's, a
 * calendar client's) sends request after request from one address, and each check would
 * otherwise parse it again. Forgets everything after 10,000 addresses.
 */
function rememberingAnswers(list: TrustedProxies): TrustedProxies {
  const answers = new Map<string, boolean>();
  return {
    isEmpty: list.isEmpty,
    isTrusted(address) {
      let answer = answers.get(address);
      if (answer === undefined) {
        if (answers.size >= 10_000) answers.clear();
        answer = list.isTrusted(address);
        answers.set(address, answer);
      }
      return answer;
    },
  };
}

/** How this process reaches itself on the address it listens on. */
function ownHost(address: string): string {
  // Every interface (IPv6 "::" takes IPv4 too): loopback.
  if (address === "0.0.0.0" || address === "::") return "127.0.0.1";
  return address.includes(":") ? `[${address}]` : address;
}
