// Runs the extractor in a worker thread with a time limit, for the import page and the
// command line. The request thread stays free while a long text is read (health checks,
// feeds and other pages answer, and a SIGTERM is handled at once), and a text that takes
// longer than the limit is refused and its worker ended: nothing was saved, nothing is.
import { Worker } from "node:worker_threads";
import { wholeNumberFromEnv, type Env } from "../settings/whole-number";
import { ImportInputError } from "./read-file";
import type { ExtractOptions, Extraction } from "./extract";

export const DEFAULT_TIME_LIMIT_SECONDS = 60;
// The worker's own heap: enough for the largest file the importer accepts (20 MB).
const WORKER_HEAP_MB = 1024;

/** FRISTVAKT_IMPORT_TIME_LIMIT_S: how long one import may read, 1..600 seconds (default 60). */
export function importTimeLimitMsFromEnv(env: Env = process.env): number {
  const seconds = wholeNumberFromEnv(env, "FRISTVAKT_IMPORT_TIME_LIMIT_S", {
    fallback: DEFAULT_TIME_LIMIT_SECONDS,
    min: 1,
    max: 600,
    unit: "seconds",
  });
  return seconds * 1000;
}

// Next.js bundles the server (NEXT_RUNTIME is set there, in `next start` and `next dev`): it
// turns the worker named in `new Worker(new URL(…))` into JavaScript of its own. Outside it
// (tsx, vitest) this module and its worker are TypeScript files, which a worker thread runs
// only through tsx's loader.
const isBundled = process.env.NEXT_RUNTIME !== undefined;

function startWorker(workerData: unknown): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, stdout: false, stderr: false };
  if (!isBundled) {
    const worker = new URL("./extract-worker.ts", import.meta.url).href;
    const tsx = import.meta.resolve("tsx/esm/api");
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL("./extract-worker.ts", import.meta.url), options);
}

// Reads under way. On SIGTERM or SIGINT they are ended at once and refused, and so is any
// read asked for after it (an upload still arriving), so the request that waits for one
// answers and the server's own shutdown (which waits for open requests) is not held up until
// the read would have finished.
const running = new Set<() => void>();
let isStopping = false;
let isListening = false;

function stopAll(signal: NodeJS.Signals): void {
  isStopping = true;
  for (const stop of [...running]) stop();
  // Where nothing else handles the signal (the command line), it ends the process as it would have.
  if (process.listenerCount(signal) === 1) {
    process.off(signal, stopAll);
    process.kill(process.pid, signal);
  }
}

function listenForStop(): void {
  if (isListening) return;
  isListening = true;
  process.on("SIGTERM", stopAll);
  process.on("SIGINT", stopAll);
}

// From the moment the importer is loaded (the import page, the command line), not only once a
// read has begun: a signal that arrives while an upload is still coming in must count too.
listenForStop();

function track(stop: () => void): () => void {
  running.add(stop);
  return () => running.delete(stop);
}

const stoppingRefusal = () =>
  new ImportInputError("Fristvakt is stopping, so the text was not read and nothing was saved. Try again in a moment.", "stopping");

/**
 * The items of `text`, read in a worker thread. Past `timeLimitMs` (default from
 * FRISTVAKT_IMPORT_TIME_LIMIT_S) the worker is ended and an ImportInputError with reason
 * "too_slow" is thrown; when the process is told to stop (SIGTERM, SIGINT), one with reason
 * "stopping".
 */
export async function extractItemsOffThread(
  text: string,
  options: ExtractOptions,
  timeLimitMs = importTimeLimitMsFromEnv(),
): Promise<Extraction> {
  const [extraction] = await extractTextsOffThread([{ text, options }], timeLimitMs);
  return extraction;
}

/** The items of each text, read one after another in one worker thread, within one time limit for them all. */
export function extractTextsOffThread(
  texts: { text: string; options: ExtractOptions }[],
  timeLimitMs = importTimeLimitMsFromEnv(),
): Promise<Extraction[]> {
  if (isStopping) return Promise.reject(stoppingRefusal());
  return new Promise<Extraction[]>((resolve, reject) => {
    const worker = startWorker({ texts });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      untrack();
      outcome();
      void worker.terminate();
    };
    const untrack = track(() => finish(() => reject(stoppingRefusal())));
    const timer = setTimeout(() => {
      const seconds = Math.round(timeLimitMs / 100) / 10;
      finish(() =>
        reject(
          new ImportInputError(
            `Reading the text took longer than ${seconds} seconds, so it was stopped and nothing was saved. Split the text into smaller parts and import them one by one.`,
            "too_slow",
          ),
        ),
      );
    }, timeLimitMs);
    timer.unref();
    worker.once("message", (extractions: Extraction[]) => finish(() => resolve(extractions)));
    worker.once("error", (error: Error & { code?: string }) => {
      const isMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      finish(() =>
        reject(
          isMemory
            ? new ImportInputError(
                "The text is too large to read in one go. Split it into smaller parts and import them one by one.",
                "too_slow",
              )
            : error,
        ),
      );
    });
    worker.once("exit", (code) => finish(() => reject(new Error(`The text reader stopped unexpectedly (exit code ${code}).`))));
  });
}
