// Rendered feeds kept in memory by their ETag. The ETag is computed from the data (one small
// query), so a feed whose data has not changed is sent again without loading and rendering
// its items: most clients poll without a conditional request, and a feed of thousands of
// events costs far more to build than to send. Bounded by total size; the oldest go first.
type Chunks = Uint8Array<ArrayBuffer>[];

export class RenderedFeedCache {
  private readonly entries = new Map<string, { chunks: Chunks; bytes: number }>();
  private totalBytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(etag: string): Chunks | null {
    const entry = this.entries.get(etag);
    if (!entry) return null;
    // Re-insert: a Map keeps insertion order, so this marks it as recently used.
    this.entries.delete(etag);
    this.entries.set(etag, entry);
    return entry.chunks;
  }

  set(etag: string, chunks: Chunks): void {
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (bytes > this.maxBytes) return;
    const previous = this.entries.get(etag);
    if (previous) this.totalBytes -= previous.bytes;
    this.entries.delete(etag);
    this.entries.set(etag, { chunks, bytes });
    this.totalBytes += bytes;
    for (const [key, entry] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.totalBytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }
}
