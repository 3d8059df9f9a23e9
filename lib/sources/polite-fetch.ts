// Fetches a source's documents politely: Fristvakt's User-Agent, conditional requests, a time
// limit on every request and at most one request per host every 1.5 s (per process; several
// instances never poll the same source at once, see claim.ts). Outside Next.js, so no
// "server-only" marker.
import { createHash } from "node:crypto";
import { decodeBody } from "./read";
import type { PollSettings } from "./settings";

/** No feed or hearing page comes near this; a larger answer is not what we asked for. */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

function tooLarge(url: URL): string {
  return `${url.host} sent more than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB for ${url.pathname}; it was not read.`;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: "ok"; body: string; etag: string | null; lastModified: string | null; contentHash: string }
  | { kind: "not-modified" }
  /** 403, 429 and 5xx: the server asks us to slow down; `retryAfterMs` from its Retry-After. */
  | { kind: "refused"; status: number; retryAfterMs: number | null }
  | { kind: "failed"; message: string };

export function hashContent(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function describeNetworkError(error: unknown, url: URL, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `${url.host} did not answer within ${Math.round(timeoutMs / 1000)} s.`;
  }
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  if (cause === "ENOTFOUND" || cause === "EAI_AGAIN") return `${url.host} could not be found (no internet connection?).`;
  if (cause === "ECONNREFUSED") return `${url.host} refused the connection.`;
  if (cause === "ECONNRESET") return `${url.host} closed the connection.`;
  return `${url.host} could not be reached${cause ? ` (${cause})` : ""}.`;
}

export class PoliteFetcher {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly settings: PollSettings) {}

  /** Waits for the host's turn: one request per `hostSpacingMs`, in the order asked. */
  private async waitForHost(host: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.settings.hostSpacingMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  /**
   * GETs `address`. With validators, asks conditionally; a 200 whose body hashes to
   * `knownHash` (a server that gives no validators) counts as not modified.
   */
  async fetch(address: string, validators: Validators | null = null, knownHash: string | null = null): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return { kind: "failed", message: `"${address}" is not a web address.` };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return { kind: "failed", message: `"${address}" is not an http(s) address.` };
    await this.waitForHost(url.host);
    const headers: Record<string, string> = { "user-agent": this.settings.userAgent, accept: "*/*" };
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    try {
      const response = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(this.settings.timeoutMs) });
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: "not-modified" };
      }
      if (response.status === 403 || response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        return { kind: "refused", status: response.status, retryAfterMs: retryAfterMs(response.headers.get("retry-after"), Date.now()) };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: "failed", message: `${url.host} answered ${response.status} for ${url.pathname}.` };
      }
      const declared = Number(response.headers.get("content-length") ?? 0);
      if (declared > MAX_DOCUMENT_BYTES) {
        await response.body?.cancel();
        return { kind: "failed", message: tooLarge(url) };
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { kind: "failed", message: tooLarge(url) };
      // Older Norwegian feeds come as ISO-8859-1; the charset decides how "ø" is read.
      const body = decodeBody(bytes, response.headers.get("content-type"));
      const contentHash = hashContent(body);
      if (knownHash && contentHash === knownHash) return { kind: "not-modified" };
      return { kind: "ok", body, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified"), contentHash };
    } catch (error) {
      return { kind: "failed", message: describeNetworkError(error, url, this.settings.timeoutMs) };
    }
  }
}
