// The framework's floor for a feed: a bare Next.js app, in the same Next.js version as
// Fristvakt, whose one route handler serves given bytes from memory with an ETag and answers
// If-None-Match with 304, with the headers Fristvakt sent with them (the same response, not
// only the same bytes: each header costs a little to set and to send). It is generated into a temporary folder (node_modules linked from
// this project), built and started by the feed benchmark, and removed afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, waitForExit } from "../../cli/next-process";
import { findFreePort } from "../../db/embedded";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

// The bytes are read on the first request, not at import: the build imports the route without them.
const ROUTE = `import { readFileSync } from "node:fs";

let body = null;

export const dynamic = "force-dynamic";

let headers = null;

export function GET(request) {
  body ??= readFileSync(process.env.BARE_FEED_FILE);
  headers ??= JSON.parse(process.env.BARE_FEED_HEADERS);
  const etag = process.env.BARE_FEED_ETAG;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: headers.notModified });
  return new Response(body, { headers: headers.ok });
}
`;

const HEALTH = `export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok");
}
`;

export interface BareFeedApp {
  /** The address of the feed. */
  feedUrl: string;
  stop(): Promise<void>;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, NEXT_BIN, ...args], {
    cwd,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
}

/** The headers the bare handler answers with, as Fristvakt sent them (framing headers left to the server). */
export interface BareFeedHeaders {
  ok: Record<string, string>;
  notModified: Record<string, string>;
}

const FRAMING = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/** A response's headers without those the server sets for each response itself. */
export function answerHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => !FRAMING.has(name.toLowerCase())));
}

/**
 * Builds and starts the bare app serving `bytes` under `etag` with `headers` (as Fristvakt
 * sent them); its server runs with `nodeFlags`.
 */
export async function startBareFeedApp(
  bytes: Uint8Array,
  etag: string,
  headers: BareFeedHeaders,
  nodeFlags: string[] = [],
): Promise<BareFeedApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-bare-feed-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-feed", private: true, type: "module" }));
    // Turbopack resolves the linked node_modules only inside its root: the common folder.
    fs.writeFileSync(
      path.join(dir, "next.config.mjs"),
      `export default { turbopack: { root: ${JSON.stringify(commonRoot(dir, ROOT))} } };\n`,
    );
    for (const [route, source] of [
      ["feed.ics", ROUTE],
      ["health", HEALTH],
    ]) {
      fs.mkdirSync(path.join(dir, "app", route), { recursive: true });
      fs.writeFileSync(path.join(dir, "app", route, "route.js"), source);
    }
    const feedFile = path.join(dir, "feed.ics");
    fs.writeFileSync(feedFile, bytes);
    const env = { ...process.env, NODE_ENV: "production" as const };
    if ((await waitForExit(run(["build"], dir, env))) !== 0) throw new Error("the bare Next.js app did not build");
    const port = await findFreePort();
    const server = run(
      ["start", "--port", String(port), "--hostname", "127.0.0.1"],
      dir,
      {
        ...env,
        BARE_FEED_FILE: feedFile,
        BARE_FEED_ETAG: etag,
        BARE_FEED_HEADERS: JSON.stringify(headers),
      },
      nodeFlags,
    );
    const base = `http://127.0.0.1:${port}`;
    await waitForResponse(`${base}/health`);
    return {
      feedUrl: `${base}/feed.ics`,
      async stop() {
        server.kill("SIGTERM");
        await waitForExit(server);
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

function commonRoot(a: string, b: string): string {
  const left = path.resolve(a).split(path.sep);
  const right = path.resolve(b).split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared += 1;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

async function waitForResponse(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
