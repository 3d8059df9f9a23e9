import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages, interpolate } from "@/lib/i18n/messages";
import type { FeedFilter } from "@/lib/feeds/feed-scope";
import { feedPath } from "@/lib/feeds/feed-urls";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { SubscribeLinks } from "./subscribe-links";

interface SubscribeSectionProps {
  filter: FeedFilter;
  /** The calendar's Norwegian name. */
  feedName: string;
  /** What the feed is about, in the reader's language, for the sentence above the links. */
  about: { kind: "actor" | "topic"; name: string };
  locale: Locale;
}

/** The subscribe box at the foot of an actor's or a topic's page. */
export function SubscribeSection({ filter, feedName, about, locale }: SubscribeSectionProps) {
  const m = getMessages(locale);
  const path = feedPath(filter);
  const builder = `/subscribe?${new URLSearchParams(about.kind === "actor" ? { actor: filter.actors[0] } : { topic: filter.topics[0] })}`;
  return (
    <section className="subscribe-section" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">{m.subscribe.sectionTitle}</h2>
      <p>{interpolate(about.kind === "actor" ? m.subscribe.sectionActor : m.subscribe.sectionTopic, { name: about.name })}</p>
      <SubscribeLinks url={publicBaseUrlFromEnv() + path} name={feedName} locale={locale} />
      <p>
        <Link href={builder}>{m.subscribe.buildYourOwn}</Link>
      </p>
    </section>
  );
}
