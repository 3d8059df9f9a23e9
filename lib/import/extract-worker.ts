// The worker thread that reads one text: extraction is pure CPU work, and done here it can
// neither hold the server's requests nor keep it from stopping; the thread that started it
// ends it when it takes too long.
import { parentPort, workerData } from "node:worker_threads";
import { extractItems } from "./extract";
import type { ExtractOptions } from "./extract";

const { text, options } = workerData as { text: string; options: ExtractOptions };
parentPort!.postMessage(extractItems(text, options));
