import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { feedName } from "@/lib/feeds/feed-scope";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { getTopicBySlug } from "@/lib/actors/queries";
import { ItemsListPage, type SearchParams } from "../../_components/items-list-page";
import { SubscribeSection } from "../../_components/subscribe-section";

const loadTopic = cache((slug: string) => getTopicBySlug(getDb(), slug));

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return topic ? { title: topic.name } : {};
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { m, t, locale } = await getI18n();
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  const name = locale === "en" ? topic.nameEn : topic.name;
  const filter = { actors: [], topics: [topic.slug], kinds: [] };
  return (
    <>
      <ItemsListPage
        searchParams={searchParams}
        basePath={`/topics/${topic.slug}`}
        title={t(m.topics.itemsOn, { name })}
        fixed={{ topic: topic.slug }}
      />
      <SubscribeSection
        filter={filter}
        feedName={feedName(filter, { actors: [], topics: [topic] })}
        about={{ kind: "topic", name }}
        locale={locale}
      />
    </>
  );
}
