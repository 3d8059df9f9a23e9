import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import { LIST_SORTS, type ListSort } from "@/lib/items/list-sort";
import { STATUS_FILTERS, type ItemFilter } from "@/lib/items/filters";
import type { TaxonomyOption } from "@/lib/actors/queries";
import { ITEM_KINDS } from "@/lib/model/item";

interface FilterFormProps {
  basePath: string;
  filter: ItemFilter;
  actors: TaxonomyOption[];
  topics: TaxonomyOption[];
  locale: Locale;
  fixed?: { actor?: boolean; topic?: boolean };
  sort: ListSort;
}

/** A GET form: the filters end up in the URL, so a filtered view can be shared as a link. */
export function FilterForm({ basePath, filter, actors, topics, locale, fixed, sort }: FilterFormProps) {
  const m = getMessages(locale);
  return (
    <form method="get" action={basePath} className="filter-form" role="search" aria-label={m.list.filters}>
      <div className="field field-wide">
        <label htmlFor="filter-q">{m.list.search}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} />
      </div>
      {!fixed?.actor && (
        <Select id="filter-actor" name="actor" label={m.list.actor} any={m.list.any} value={filter.actors[0]} options={actors} />
      )}
      {!fixed?.topic && (
        <Select id="filter-topic" name="topic" label={m.list.topic} any={m.list.any} value={filter.topics[0]} options={topics} />
      )}
      <Select
        id="filter-kind"
        name="kind"
        label={m.list.kind}
        any={m.list.any}
        value={filter.kinds[0]?.toLowerCase()}
        options={ITEM_KINDS.map((kind) => ({ slug: kind.toLowerCase(), label: m.kindPlural[kind], title: m.kindPlural[kind] }))}
      />
      <Select
        id="filter-status"
        name="status"
        label={m.list.status}
        any={m.list.any}
        value={filter.status ?? undefined}
        options={STATUS_FILTERS.map((status) => ({ slug: status, label: m.statusFilter[status], title: m.statusFilter[status] }))}
      />
      <div className="field">
        <label htmlFor="filter-sort">{m.work.list.sort}</label>
        <select id="filter-sort" name="sort" defaultValue={sort}>
          {LIST_SORTS.map((choice) => (
            <option key={choice} value={choice}>
              {sortLabel(m, choice)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">{m.list.apply}</button>
        <Link href={basePath}>{m.list.reset}</Link>
      </div>
    </form>
  );
}

function sortLabel(m: Messages, sort: ListSort): string {
  return sort === "deadline" ? m.work.list.sortDeadline : sort === "newest" ? m.work.list.sortNewest : m.work.list.sortTitle;
}

interface SelectProps {
  id: string;
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: TaxonomyOption[];
}

function Select({ id, name, label, any, value, options }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug} title={option.title}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
