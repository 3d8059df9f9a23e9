// Rendered feeds kept in memory by their ETag. The ETag is computed from the data (one small
// query, or none while the content version is held: stamp-memo.ts), so a feed whose data has
// not changed is sent again without loading and rendering its items: most clients poll
// without a conditional request, and a feed of thousands of events costs far more to build
// than to send. Beside the plain bytes, each feed keeps its gzip and brotli bytes, made once
// (off the main thread, by zlib's pool) when a client first asks for them. Bounded by total
// size, compressed bytes included; the least recently used go first.
import { promisify } from "node:util";
import zlib from "node:zlib";
import { ByteBoundedLru } from "../byte-lru";

type Chunks = Uint8Array<ArrayBuffer>[];
export type CompressedEncoding = "br" | "gzip";

interface KeptFeed {
  plain: Chunks;
  plainBytes: number;
  encoded: Map<CompressedEncoding, Promise<Uint8Array>>;
  /** The compressed bytes once made, for answers that need not wait. */
  made: Map<CompressedEncoding, Uint8Array>;
  encodedBytes: number;
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

// Quality 5 compresses a 30 MB calendar in well under a second and within a few per cent of
// the best size; the highest quality would take minutes for the largest feeds.
function compress(bytes: Buffer, encoding: CompressedEncoding): Promise<Uint8Array> {
  if (encoding === "gzip") return gzip(bytes, { level: 6 });
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export class RenderedFeedCache {
  private readonly feeds: ByteBoundedLru<KeptFeed>;

  constructor(maxBytes: number) {
    this.feeds = new ByteBoundedLru(maxBytes);
  }

  get(etag: string): Chunks | null {
    return this.feeds.get(etag)?.plain ?? null;
  }

  /** Keeps the feed as one piece: sent many times, one large write costs less than many small ones. */
  set(etag: string, chunks: Chunks): void {
    const joined = chunks.length > 1 ? Buffer.concat(chunks) : null;
    const plain = joined ? [new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength) as Uint8Array<ArrayBuffer>] : chunks;
    const plainBytes = plain.reduce((sum, chunk) => sum + chunk.length, 0);
    this.feeds.set(etag, { plain, plainBytes, encoded: new Map(), made: new Map(), encodedBytes: 0 }, plainBytes);
  }

  /** The kept feed's bytes in `encoding`, compressed on first request; null when it is not kept. */
  encoded(etag: string, encoding: CompressedEncoding): Promise<Uint8Array> | null {
    const feed = this.feeds.get(etag);
    if (!feed) return null;
    let bytes = feed.encoded.get(encoding);
    if (!bytes) {
      bytes = compress(Buffer.concat(feed.plain), encoding);
      feed.encoded.set(encoding, bytes);
      bytes.then(
        (done) => {
          // Counted once made, if the feed is still kept.
          if (this.feeds.get(etag) !== feed) return;
          feed.made.set(encoding, done);
          feed.encodedBytes += done.byteLength;
          this.feeds.set(etag, feed, feed.plainBytes + feed.encodedBytes);
        },
        () => feed.encoded.delete(encoding),
      );
    }
    return bytes;
  }

  /** The kept feed's bytes in `encoding` when they are made already; null otherwise (never compresses). */
  encodedNow(etag: string, encoding: CompressedEncoding): Uint8Array | null {
    return this.feeds.get(etag)?.made.get(encoding) ?? null;
  }

  get size(): number {
    return this.feeds.size;
  }

  get bytes(): number {
    return this.feeds.bytes;
  }
}
