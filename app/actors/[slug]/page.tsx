import "server-only";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { feedName } from "@/lib/feeds/feed-scope";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { findSlugAfterMerge } from "@/lib/actors/former-slugs";
import { getActorBySlug } from "@/lib/actors/queries";
import { ItemsListPage, type SearchParams } from "../../_components/items-list-page";
import { SubscribeSection } from "../../_components/subscribe-section";

const loadActor = cache((slug: string) => getActorBySlug(getDb(), slug));

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await loadActor((await params).slug);
  return actor ? { title: actor.name } : {};
}

export default async function ActorPage({ params, searchParams }: Props) {
  const { m, t, locale } = await getI18n();
  const { slug } = await params;
  const actor = await loadActor(slug);
  if (!actor) {
    // An actor merged into another: links to its page lead to the one kept.
    const mergedInto = await findSlugAfterMerge(getDb(), slug);
    if (mergedInto) permanentRedirect(`/actors/${mergedInto}`);
    notFound();
  }
  const name = locale === "en" && actor.nameEn ? actor.nameEn : actor.name;
  const filter = { actors: [actor.slug], topics: [], kinds: [] };
  return (
    <>
      <ItemsListPage
        searchParams={searchParams}
        basePath={`/actors/${actor.slug}`}
        title={t(m.actors.itemsBy, { name })}
        intro={actor.url ? { href: actor.url, text: actor.url } : null}
        fixed={{ actor: actor.slug }}
      />
      <SubscribeSection
        filter={filter}
        feedName={feedName(filter, { actors: [actor], topics: [] })}
        about={{ kind: "actor", name }}
        locale={locale}
      />
    </>
  );
}
