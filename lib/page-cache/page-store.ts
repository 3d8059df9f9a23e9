// Rendered public pages in memory, bounded in bytes, least recently used out first. All pages
// belong to one generation (content version and minute); the first request of a new
// generation empties the store, and a render that finishes after that is not kept.
import { ByteBoundedLru } from "../byte-lru";
import { piecesLength, type Pieces } from "./nonce-slots";

export interface RenderedPage {
  status: number;
  headers: [string, string][];
  /** The body, cut where each response's CSP nonce goes (nonce-slots.ts). */
  pieces: Pieces;
}

export class PageStore {
  private readonly pages: ByteBoundedLru<RenderedPage>;
  private generation = "";

  constructor(private readonly maxBytes: number) {
    this.pages = new ByteBoundedLru(maxBytes);
  }

  /** Moves to `generation`, dropping every page of another one. */
  enter(generation: string): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.pages.clear();
  }

  get(generation: string, key: string): RenderedPage | undefined {
    return generation === this.generation ? this.pages.get(key) : undefined;
  }

  /** Keeps a page of the current generation; one page never takes more than an eighth of the room. */
  put(generation: string, key: string, page: RenderedPage): void {
    const bytes = piecesLength(page.pieces);
    if (generation !== this.generation || bytes > this.maxBytes / 8) return;
    this.pages.set(key, page, bytes);
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.pages.bytes };
  }
}
