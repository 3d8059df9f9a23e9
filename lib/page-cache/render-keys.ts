// The mark of the page cache's own render requests, and the placeholder nonce those renders are
// made with. A render request goes to this server's address, where any serving worker may
// answer it (FRISTVAKT_WORKERS): every worker must know the mark, or it takes the render for a
// visitor's request, and every worker must render with the same placeholder, or the kept
// page's scripts keep a nonce that no response's policy allows and none of them runs. The
// keeper of the workers makes the keys once and hands them to each worker it starts.
import { randomBytes } from "node:crypto";

export const RENDER_KEYS_ENV = "FRISTVAKT_PAGE_RENDER_KEYS";

export interface RenderKeys {
  /** Marks a render request as the cache's own. */
  secret: string;
  /** The nonce renders are made with, replaced by each response's own (nonce-slots.ts). */
  placeholderNonce: string;
}

const KEYS = /^([0-9a-f]{32})\.([0-9a-f]{48})$/;

/** New keys, as the text a worker's environment carries. */
export function newRenderKeysText(): string {
  return `${randomBytes(16).toString("hex")}.${randomBytes(24).toString("hex")}`;
}

/** The keys handed to this process, or new ones of its own when it was handed none (it serves alone). */
export function renderKeysFromEnv(env: Record<string, string | undefined> = process.env): RenderKeys {
  const [, secret, placeholderNonce] = KEYS.exec(env[RENDER_KEYS_ENV] ?? "") ?? KEYS.exec(newRenderKeysText())!;
  return { secret, placeholderNonce };
}
