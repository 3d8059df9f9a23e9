// Timing of sequential HTTP requests against a running app on loopback.
export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Requests `url` `count` times one after another; fails on any status but `expected`. */
export async function timeRequests(url: string, count: number, init: RequestInit = {}, expected = 200): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await fetch(url, init);
    await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (response.status !== expected) throw new Error(`${url} answered ${response.status}, expected ${expected}`);
  }
  return summarise(samples);
}

export async function waitForHealthy(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseUrl} did not become healthy within ${timeoutMs / 1000} s`);
}

export const formatMs = (ms: number) => `${ms.toFixed(1)} ms`;
