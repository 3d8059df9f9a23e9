import "server-only";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { parseItemFilter } from "@/lib/items/filters";
import { parseListSort } from "@/lib/items/list-sort";
import { listItems, type ItemPage } from "@/lib/items/queries";
import { listActorOptions, listTopicOptions } from "@/lib/actors/queries";
import { currentTimeContext } from "@/lib/items/time-context";
import { getResponseStatusesForItems } from "@/lib/responses/queries";
import { describeFilterProblems } from "../items/filter-problems";
import { FilteredItems } from "./filtered-items";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

interface Props {
  searchParams: SearchParams;
  basePath: string;
  title: string;
  intro?: { href: string; text: string } | null;
  /** The actor or topic a page is about: always part of the filter, never in its form. */
  fixed?: { actor?: string; topic?: string };
}

/** The item list with filters from the URL: /items, and an actor's or a topic's page. */
export async function ItemsListPage({ searchParams, basePath, title, intro, fixed = {} }: Props) {
  const { locale, m } = await getI18n();
  const time = currentTimeContext();
  const db = getDb();
  const params = await searchParams;
  const parsed = parseItemFilter(params);
  const sort = parseListSort(params.sort);
  const filter = {
    ...parsed.filter,
    actors: fixed.actor ? [fixed.actor] : parsed.filter.actors,
    topics: fixed.topic ? [fixed.topic] : parsed.filter.topics,
  };
  const [actors, topics] = await Promise.all([listActorOptions(db), listTopicOptions(db, locale)]);
  const problems = describeFilterProblems(m, parsed.problems, filter, actors, topics);
  // A filter that was not understood shows nothing rather than everything: a shared link
  // with a typo must not look like a complete answer.
  const result: ItemPage =
    parsed.problems.length > 0 ? { items: [], total: 0, page: 1, pageCount: 1 } : await listItems(db, filter, time, parsed.page, sort);
  const responses = await getResponseStatusesForItems(
    db,
    await getViewer(),
    result.items.map((item) => item.id),
  );
  return (
    <>
      <h1>{title}</h1>
      {intro && (
        <p className="lead">
          <a href={intro.href} rel="noopener noreferrer">
            {intro.text}
          </a>
        </p>
      )}
      <FilteredItems
        basePath={basePath}
        filter={filter}
        result={result}
        problems={problems}
        actors={actors}
        topics={topics}
        time={time}
        locale={locale}
        responses={responses}
        fixed={{ actor: Boolean(fixed.actor), topic: Boolean(fixed.topic) }}
        sort={sort}
      />
    </>
  );
}
