import type { Locale } from "@/lib/i18n/locale";
import { getMessages, interpolate } from "@/lib/i18n/messages";
import { filterToSearchParams, type ItemFilter } from "@/lib/items/filters";
import { DEFAULT_LIST_SORT, type ListSort } from "@/lib/items/list-sort";
import type { ItemPage, TimeContext } from "@/lib/items/queries";
import type { TaxonomyOption } from "@/lib/actors/queries";
import type { ResponseStatus } from "@/lib/responses/types";
import { FilterForm } from "./filter-form";
import { ItemList } from "./item-card";
import { Pagination } from "./pagination";
import { ProblemsNotice } from "./problems-notice";

interface FilteredItemsProps {
  basePath: string;
  filter: ItemFilter;
  result: ItemPage;
  problems: string[];
  actors: TaxonomyOption[];
  topics: TaxonomyOption[];
  time: TimeContext;
  locale: Locale;
  responses: Record<string, ResponseStatus>;
  /** Filters fixed by the page (an actor's own page has no actor menu). */
  fixed?: { actor?: boolean; topic?: boolean };
  sort: ListSort;
}

/** The filter form, what was not understood, the matching items and the page links. */
export function FilteredItems(props: FilteredItemsProps) {
  const { basePath, filter, result, problems, time, locale } = props;
  const m = getMessages(locale);
  const pageHref = (page: number) => {
    const params = filterToSearchParams(fixedRemoved(filter, props.fixed), page);
    if (props.sort !== DEFAULT_LIST_SORT) params.set("sort", props.sort);
    const query = params.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <>
      <FilterForm {...props} />
      <ProblemsNotice problems={problems} />
      <p className="result-count" role="status">
        {result.total === 1 ? m.list.resultsOne : interpolate(m.list.results, { count: result.total })}
      </p>
      <ItemList items={result.items} time={time} locale={locale} empty={m.list.empty} responses={props.responses} />
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={pageHref} locale={locale} />
    </>
  );
}

function fixedRemoved(filter: ItemFilter, fixed: FilteredItemsProps["fixed"]): ItemFilter {
  return { ...filter, actors: fixed?.actor ? [] : filter.actors, topics: fixed?.topic ? [] : filter.topics };
}
