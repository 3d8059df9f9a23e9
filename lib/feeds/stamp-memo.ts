// What a feed's validators are made of, remembered per content version. Everything a public
// feed shows (items, their topics, actors, topics) raises the content version when it
// changes, and its membership moves only with the Oslo day; so for one version, one day and
// one set of settings, the stamp query would give the same answer again. While the version is
// held in memory (lib/page-cache/content-version.ts), a poll then needs no query at all.
// One stamp per feed (the newest), found by the feed's key: a poll compares a few fields
// instead of building a key string.
import { ByteBoundedLru } from "../byte-lru";
import { feedKey, type FeedFilter } from "./feed-scope";
import type { FeedSettings } from "./feed-stamp";

const MAX_STAMPS = 2_000;

/** What a stamp was made under: it holds while all of these are the same. */
export interface StampGeneration {
  contentVersion: string;
  /** The Oslo day (the feed window moves with it). */
  today: string;
  settings: FeedSettings;
}

interface Entry<T> {
  generation: StampGeneration;
  stamp: T;
}

// A route's filter is often one constant object (ALL_ITEMS): its key is worked out once.
const keys = new WeakMap<FeedFilter, string>();

function keyOf(filter: FeedFilter): string {
  let key = keys.get(filter);
  if (key === undefined) {
    key = feedKey(filter);
    keys.set(filter, key);
  }
  return key;
}

function isSame(a: StampGeneration, b: StampGeneration): boolean {
  return (
    a.contentVersion === b.contentVersion &&
    a.today === b.today &&
    a.settings.historyMonths === b.settings.historyMonths &&
    a.settings.baseUrl === b.settings.baseUrl
  );
}

export class FeedStampMemo<T> {
  private readonly stamps = new ByteBoundedLru<Entry<T>>(MAX_STAMPS);

  /** The stamp of `filter` made under `generation`, if it is the one remembered. */
  get(filter: FeedFilter, generation: StampGeneration): T | undefined {
    const entry = this.stamps.get(keyOf(filter));
    return entry && isSame(entry.generation, generation) ? entry.stamp : undefined;
  }

  set(filter: FeedFilter, generation: StampGeneration, stamp: T): void {
    this.stamps.set(keyOf(filter), { generation, stamp }, 1);
  }
}
