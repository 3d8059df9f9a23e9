import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages, interpolate } from "@/lib/i18n/messages";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of another page of the same list. */
  hrefFor: (page: number) => string;
  locale: Locale;
}

/** "Forrige side · Side 2 av 7 · Neste side", or nothing for a list of one page. */
export function Pagination({ page, pageCount, hrefFor, locale }: PaginationProps) {
  if (pageCount <= 1) return null;
  const m = getMessages(locale);
  return (
    <nav aria-label={m.list.pagination} className="pagination">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev">
          {m.list.previous}
        </Link>
      )}
      <span>{interpolate(m.list.page, { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next">
          {m.list.next}
        </Link>
      )}
    </nav>
  );
}
