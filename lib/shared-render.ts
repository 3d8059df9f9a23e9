// Requests that miss a cache together (every poller of a feed after an edit, every visitor of
// a page after a new content version) wait for one render instead of each making its own.
// Used by the feeds (lib/feeds/kept-feeds.ts) and the page cache (lib/page-cache).

export interface SharedRender<T> {
  result: Promise<T>;
  /** True when another request had started this render: the caller waits for its result. */
  joined: boolean;
}

export class SharedRenders<T> {
  private readonly underWay = new Map<string, Promise<T>>();

  /** The render under way for `key`, or a new one made by `render`, forgotten once it settles. */
  run(key: string, render: () => Promise<T>): SharedRender<T> {
    const current = this.underWay.get(key);
    if (current) return { result: current, joined: true };
    const result = render().finally(() => {
      if (this.underWay.get(key) === result) this.underWay.delete(key);
    });
    this.underWay.set(key, result);
    return { result, joined: false };
  }

  get size(): number {
    return this.underWay.size;
  }
}
