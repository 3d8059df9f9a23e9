"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { feedName, type FeedFilter, type FeedNames } from "@/lib/feeds/feed-scope";
import { feedPath } from "@/lib/feeds/feed-urls";
import type { Locale } from "@/lib/i18n/locale";
import { ITEM_KINDS, type ItemKind } from "@/lib/model/item";
import { SubscribeLinks } from "../_components/subscribe-links";

interface LiveSubscribeProps {
  /** The public address feeds are served at, without a trailing slash. */
  baseUrl: string;
  initial: FeedFilter;
  names: FeedNames;
  locale: Locale;
  resultTitle: string;
  /** The checkboxes and the submit button, which still build the address without JavaScript. */
  children: ReactNode;
  /** Shown between the form and the result: what in the address was not understood. */
  notice?: ReactNode;
}

/**
 * The subscribe form and its result. The address follows the ticked boxes at once; the page's
 * own address follows too, so the choice stays a link to share. Without JavaScript the form
 * is an ordinary GET form and the server builds the same result.
 */
export function LiveSubscribe({ baseUrl, initial, names, locale, resultTitle, children, notice }: LiveSubscribeProps) {
  const [filter, setFilter] = useState<FeedFilter>(initial);
  const follow = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const chosen = (key: string) => data.getAll(key).filter((value): value is string => typeof value === "string");
    const next: FeedFilter = {
      actors: chosen("actor").filter((slug) => names.actors.some((actor) => actor.slug === slug)),
      topics: chosen("topic").filter((slug) => names.topics.some((topic) => topic.slug === slug)),
      kinds: chosen("kind")
        .map((kind) => kind.toUpperCase() as ItemKind)
        .filter((kind) => ITEM_KINDS.includes(kind)),
    };
    setFilter(next);
    const params = new URLSearchParams();
    for (const slug of next.actors) params.append("actor", slug);
    for (const slug of next.topics) params.append("topic", slug);
    for (const kind of next.kinds) params.append("kind", kind.toLowerCase());
    const query = params.toString();
    window.history.replaceState(window.history.state, "", `/subscribe${query ? `?${query}` : ""}`);
  };
  return (
    <>
      <form method="get" action="/subscribe#subscribe-result" className="subscribe-form" onChange={follow}>
        {children}
      </form>
      {notice}
      <section aria-labelledby="subscribe-result" className="subscribe-section">
        <h2 id="subscribe-result">{resultTitle}</h2>
        <SubscribeLinks url={baseUrl + feedPath(filter)} name={feedName(filter, names)} locale={locale} />
      </section>
    </>
  );
}
