// Rendered feeds kept in memory by their ETag. The ETag is computed from the data (one small
// query), so a feed whose data has not changed is sent again without loading and rendering
// its items: most clients poll without a conditional request, and a feed of thousands of
// events costs far more to build than to send. Bounded by total size; the oldest go first.
import { ByteBoundedLru } from "../byte-lru";

type Chunks = Uint8Array<ArrayBuffer>[];

export class RenderedFeedCache {
  private readonly feeds: ByteBoundedLru<Chunks>;

  constructor(maxBytes: number) {
    this.feeds = new ByteBoundedLru(maxBytes);
  }

  get(etag: string): Chunks | null {
    return this.feeds.get(etag) ?? null;
  }

  set(etag: string, chunks: Chunks): void {
    this.feeds.set(etag, chunks, chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  }

  get size(): number {
    return this.feeds.size;
  }

  get bytes(): number {
    return this.feeds.bytes;
  }
}
