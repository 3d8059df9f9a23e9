// The keeper of the serving processes, when FRISTVAKT_WORKERS asks for more than one. It forks
// the workers, which share one listening socket (node:cluster hands each new connection to the
// next worker in turn), says where they serve once all of them listen, replaces a worker that
// dies while serving, and stops them all on SIGTERM or SIGINT. A worker that exits before it
// listens (the port is taken, the build is broken) stops the whole start: its own message says
// why. Workers end themselves when this process goes, even when it is killed (serve-app.ts), so
// none goes on answering unsupervised.
import cluster, { type Worker } from "node:cluster";

// More deaths than this within the window is a fault no restart will mend: stop, and say so.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
// A worker still finishing its answers after this long is killed.
const STOP_GRACE_MS = 10_000;

/**
 * `where`: how the log names the address listened on ("localhost", "every interface");
 * `env`: settings every worker gets besides this process's own.
 */
export function superviseWorkers(count: number, where: string, env: Record<string, string>): void {
  const alive = new Set<Worker>();
  const restarts: number[] = [];
  let listening = 0;
  let isServing = false;
  let stopCode: number | null = null;

  const fork = () => alive.add(cluster.fork(env));

  const stopAll = (code: number) => {
    if (stopCode !== null) return;
    stopCode = code;
    if (alive.size === 0) process.exit(code);
    for (const worker of alive) worker.process.kill("SIGTERM");
    setTimeout(() => {
      for (const worker of alive) worker.process.kill("SIGKILL");
    }, STOP_GRACE_MS).unref();
  };

  cluster.on("listening", (_worker, address) => {
    if (isServing || ++listening < count) return;
    isServing = true;
    console.log(`Serving on ${where}, port ${address.port}, in ${count} worker processes`);
  });

  cluster.on("exit", (worker, code, signal) => {
    alive.delete(worker);
    if (stopCode !== null) {
      if (alive.size === 0) process.exit(stopCode);
      return;
    }
    if (!isServing) {
      stopAll(code || 1);
      return;
    }
    const now = Date.now();
    while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      console.error(`Fristvakt stops: serving workers died ${MAX_RESTARTS + 1} times within a minute; see the messages above.`);
      stopAll(1);
      return;
    }
    restarts.push(now);
    console.error(`A serving worker stopped (${signal ?? `exit code ${code}`}); starting another.`);
    fork();
  });

  process.on("SIGTERM", () => stopAll(143));
  process.on("SIGINT", () => stopAll(130));
  for (let i = 0; i < count; i++) fork();
}
