// A small closed-loop load generator: `connections` keep-alive connections, each sending its
// next request as soon as the last one is answered, for a fixed time and a bounded count.
// Loopback only: it is for measuring this machine's app, never someone else's server.
import http from "node:http";
import { summarise, type Timing } from "./http";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const MAX_REQUESTS = 500_000;

export interface LoadOptions {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Any other status fails the run. */
  expected: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latency: Timing;
}

function requestOnce(url: URL, agent: http.Agent, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      response.resume(); // read and discard the body, as a client would read it
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    // Long enough for the queue of 50 connections waiting for 10,000-event feeds.
    request.setTimeout(120_000, () => request.destroy(new Error(`${url} took longer than 120 s`)));
    request.on("error", reject);
  });
}

export async function runLoad(target: string, options: LoadOptions): Promise<LoadResult> {
  const url = new URL(target);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`Load is only sent to this machine, not to ${url.hostname}.`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const samples: number[] = [];
  const started = performance.now();
  const stopAt = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < stopAt && samples.length < MAX_REQUESTS) {
      const sent = performance.now();
      const status = await requestOnce(url, agent, options.headers ?? {});
      samples.push(performance.now() - sent);
      if (status !== options.expected) throw new Error(`${target} answered ${status}, expected ${options.expected}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, worker));
  } finally {
    agent.destroy();
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { requests: samples.length, requestsPerSecond: samples.length / elapsedSeconds, latency: summarise(samples) };
}
