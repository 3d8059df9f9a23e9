// The rendered feeds this process keeps (rendered-cache.ts), and how a missing one is built:
// a few builds at a time (build-limit.ts), and requests that miss together, as every poller
// does after an edit, share one build instead of each making its own. Used by the public and
// the private feeds alike; one cache per process, shared by every route bundle in it.
import { SharedRenders } from "../shared-render";
import { createLimiter, type Limiter } from "./build-limit";
import { RenderedFeedCache, type CompressedEncoding } from "./rendered-cache";

type Chunks = Uint8Array<ArrayBuffer>[];

// 64 MB holds the all-items feed of a large installation and the common filtered ones.
const KEPT_BYTES = 64 * 1024 * 1024;

interface KeptFeeds {
  cache: RenderedFeedCache;
  // Two builds overlap one's query with the other's rendering; more would only queue on the CPU.
  builds: Limiter;
  underWay: SharedRenders<Chunks>;
}

const holder = globalThis as unknown as { fristvaktKeptFeeds?: KeptFeeds };
const kept = (holder.fristvaktKeptFeeds ??= {
  cache: new RenderedFeedCache(KEPT_BYTES),
  builds: createLimiter(2, 60_000),
  underWay: new SharedRenders<Chunks>(),
});

/** The feed with this ETag if it is kept, else null; never builds. */
export function keptFeed(etag: string): Chunks | null {
  return kept.cache.get(etag);
}

/** The feed with this ETag: from memory when it was rendered before, else built and kept. */
export function renderedFeed(etag: string, build: () => Promise<Chunks>): Promise<Chunks> {
  const chunks = kept.cache.get(etag);
  if (chunks) return Promise.resolve(chunks);
  return kept.underWay.run(etag, () =>
    kept.builds.run(build).then((built) => {
      kept.cache.set(etag, built);
      return kept.cache.get(etag) ?? built;
    }),
  ).result;
}

/** The kept feed's bytes in `encoding`, made on first request; null when the feed is not kept. */
export function encodedFeed(etag: string, encoding: CompressedEncoding): Promise<Uint8Array> | null {
  return kept.cache.encoded(etag, encoding);
}

/** The kept feed's bytes in `encoding` if they are made already, else null; never compresses. */
export function encodedFeedNow(etag: string, encoding: CompressedEncoding): Uint8Array | null {
  return kept.cache.encodedNow(etag, encoding);
}
