import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { parseItemFilter } from "@/lib/items/filters";
import { listActorOptions, listTopicOptions } from "@/lib/actors/queries";
import { ITEM_KINDS } from "@/lib/model/item";
import { LiveSubscribe } from "./live-subscribe";
import type { SearchParams } from "../_components/items-list-page";
import { describeFilterProblems } from "../items/filter-problems";
import { Choices } from "../_components/choices";
import { ProblemsNotice } from "../_components/problems-notice";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.subscribe.nav };
}

/** Builds a feed address from checkboxes: at once as boxes are ticked, and as a GET form without JavaScript. */
export default async function SubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await getI18n();
  const db = getDb();
  const params = await searchParams;
  const parsed = parseItemFilter({ actor: params.actor, topic: params.topic, kind: params.kind });
  const [actors, topics, nbTopics] = await Promise.all([
    listActorOptions(db),
    listTopicOptions(db, locale),
    locale === "nb" ? null : listTopicOptions(db, "nb"),
  ]);
  const problems = describeFilterProblems(m, parsed.problems, parsed.filter, actors, topics);
  const filter = {
    actors: parsed.filter.actors.filter((slug) => actors.some((a) => a.slug === slug)),
    topics: parsed.filter.topics.filter((slug) => topics.some((t) => t.slug === slug)),
    kinds: parsed.filter.kinds,
  };
  const names = {
    actors: actors.map((a) => ({ slug: a.slug, name: a.title, shortName: a.label })),
    topics: (nbTopics ?? topics).map((t) => ({ slug: t.slug, name: t.label })),
  };
  const kinds = ITEM_KINDS.map((kind) => ({ slug: kind.toLowerCase(), label: m.kindPlural[kind], title: m.kindPlural[kind] }));

  return (
    <>
      <h1>{m.subscribe.title}</h1>
      <p className="lead">{m.subscribe.intro}</p>
      <LiveSubscribe
        baseUrl={publicBaseUrlFromEnv()}
        initial={filter}
        names={names}
        locale={locale}
        resultTitle={m.subscribe.resultTitle}
        notice={<ProblemsNotice problems={problems} />}
      >
        <Choices name="actor" legend={m.subscribe.actors} options={actors} chosen={filter.actors} collation={locale} />
        <Choices name="topic" legend={m.subscribe.topics} options={topics} chosen={filter.topics} />
        <Choices name="kind" legend={m.subscribe.kinds} options={kinds} chosen={filter.kinds.map((k) => k.toLowerCase())} />
        <p className="muted">{m.subscribe.noChoice}</p>
        <div className="actions">
          <button type="submit">{m.subscribe.build}</button>
          <Link href="/subscribe">{m.subscribe.reset}</Link>
        </div>
      </LiveSubscribe>
    </>
  );
}
