// `npm start`'s server, run by runNext (lib/cli/next-process.ts): `serve.ts --port 3000
// [--hostname localhost]`, the options of `next start`. With FRISTVAKT_WORKERS above one (by
// default, one per core) this process keeps that many workers, each serving the app on the
// same port (serve-workers.ts); with one, it serves the app itself (serve-app.ts).
import cluster from "node:cluster";
import { newRenderKeysText, RENDER_KEYS_ENV } from "../page-cache/render-keys";
import { serverWorkersFromEnv } from "../settings/workers";
import { superviseWorkers } from "./serve-workers";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const port = Number(option("--port") ?? 3000);
const hostname = option("--hostname");
const workers = serverWorkersFromEnv();

if (cluster.isPrimary && workers > 1) {
  // Any worker may answer the page cache's render requests, so all share its keys.
  superviseWorkers(workers, hostname ?? "every interface", { [RENDER_KEYS_ENV]: newRenderKeysText() });
} else {
  // Loaded only where it serves: the keeper needs none of Next.js.
  const { serveApp } = await import("./serve-app");
  await serveApp({ port, hostname });
}
