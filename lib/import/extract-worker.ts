// The worker thread that reads texts: extraction is pure CPU work, and done here it can
// neither hold the server's requests nor keep it from stopping; the thread that started it
// ends it when it takes too long. One text for an import, every entry of a news feed for a poll.
import { parentPort, workerData } from "node:worker_threads";
import { extractItems } from "./extract";
import type { ExtractOptions } from "./extract";

const { texts } = workerData as { texts: { text: string; options: ExtractOptions }[] };
parentPort!.postMessage(texts.map(({ text, options }) => extractItems(text, options)));
