// Rendered public pages in memory, bounded in bytes, least recently used out first. All pages
// belong to one generation (content version and minute); the first request of a new
// generation empties the store, and a render that finishes after that is not kept.

export interface RenderedPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

export class PageStore {
  private pages = new Map<string, RenderedPage>();
  private bytes = 0;
  private generation = "";

  constructor(private readonly maxBytes: number) {}

  /** Moves to `generation`, dropping every page of another one. */
  enter(generation: string): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.pages.clear();
    this.bytes = 0;
  }

  get(generation: string, key: string): RenderedPage | undefined {
    if (generation !== this.generation) return undefined;
    const page = this.pages.get(key);
    if (page) {
      // Re-inserted: a Map iterates in insertion order, so the front is the least recently used.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  put(generation: string, key: string, page: RenderedPage): void {
    if (generation !== this.generation || page.body.byteLength > this.maxBytes / 8) return;
    const previous = this.pages.get(key);
    if (previous) {
      this.bytes -= previous.body.byteLength;
      this.pages.delete(key);
    }
    this.pages.set(key, page);
    this.bytes += page.body.byteLength;
    for (const [oldestKey, oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldestKey);
      this.bytes -= oldest.body.byteLength;
    }
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}
