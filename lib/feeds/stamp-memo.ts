// What a feed's validators are made of, remembered per content version. Everything a public
// feed shows (items, their topics, actors, topics) raises the content version when it
// changes, and its membership moves only with the Oslo day; so for one version, one day and
// one set of settings, the stamp query would give the same answer again. While the version is
// held in memory (lib/page-cache/content-version.ts), a poll then needs no query at all.
import { ByteBoundedLru } from "../byte-lru";
import { feedKey, type FeedFilter } from "./feed-scope";
import type { FeedSettings } from "./feed-stamp";

const MAX_STAMPS = 2_000;

export class FeedStampMemo<T> {
  private readonly stamps = new ByteBoundedLru<T>(MAX_STAMPS);

  /** The key of a stamp: the content version, the Oslo day, the filter and the settings. */
  static key(contentVersion: string, today: string, filter: FeedFilter, settings: FeedSettings): string {
    return `${contentVersion} ${today} ${settings.historyMonths} ${settings.baseUrl} ${feedKey(filter)}`;
  }

  get(key: string): T | undefined {
    return this.stamps.get(key);
  }

  set(key: string, stamp: T): void {
    this.stamps.set(key, stamp, 1);
  }
}
