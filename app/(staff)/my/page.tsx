import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getI18n, type I18n } from "@/lib/auth/viewer-i18n";
import { currentTimeContext } from "@/lib/items/time-context";
import { getMyOrganisation } from "@/lib/organisations/queries";
import { DEFAULT_OVERDUE_DAYS, getMyDeadlines, getMySectionPage } from "@/lib/responses/my-deadlines";
import { readSectionsVersion } from "@/lib/responses/kept-sections";
import { MY_SECTIONS, type MySectionKey } from "@/lib/responses/types";
import { MyEntries } from "./my-entries";
import { requirePageViewer } from "../../_components/page-access";
import { Pagination } from "../../_components/pagination";
import { SharingForm } from "./sharing-form";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // A section that does not exist is "not found" in the title too.
  const section = single((await searchParams).section);
  if (section !== undefined && !MY_SECTIONS.some((each) => SECTION_IDS[each] === section)) notFound();
  const { m } = await getI18n();
  return { title: m.account.my.title };
}

// A section's id in the page and in its address: /my?section=closing-soon&page=2.
const SECTION_IDS: Record<MySectionKey, string> = {
  overdue: "overdue",
  closingSoon: "closing-soon",
  inProgress: "in-progress",
  answered: "answered",
};

function sectionTexts({ m, t }: I18n, key: MySectionKey): { title: string; empty: string } {
  const my = m.account.my;
  switch (key) {
    case "overdue":
      return { title: t(my.overdue, { days: DEFAULT_OVERDUE_DAYS }), empty: my.overdueEmpty };
    case "closingSoon":
      return { title: m.work.my.closingSoon, empty: m.work.my.closingSoonEmpty };
    case "inProgress":
      return { title: m.work.my.inProgress, empty: m.work.my.inProgressEmpty };
    case "answered":
      return { title: m.work.my.done, empty: m.work.my.doneEmpty };
  }
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyDeadlinesPage({ searchParams }: Props) {
  const viewer = await requirePageViewer("/my");
  const i18n = await getI18n();
  const { m, t, locale } = i18n;
  const db = getDb();
  // The versions the organisation's sections are at, read beside the organisation: with them,
  // the sections are kept for the next request of any member until something changes.
  const [organisation, version] = await Promise.all([
    getMyOrganisation(db, viewer),
    viewer.organisationId ? readSectionsVersion(db, viewer.organisationId) : null,
  ]);
  if (!organisation) {
    return (
      <>
        <h1>{m.account.my.title}</h1>
        <p>{m.account.my.noOrganisation}</p>
      </>
    );
  }
  const time = currentTimeContext();
  const options = { closingSoonDays: time.closingSoonDays, version };
  const params = await searchParams;
  const sectionParam = single(params.section);

  if (sectionParam !== undefined) {
    const key = MY_SECTIONS.find((each) => SECTION_IDS[each] === sectionParam);
    if (!key) notFound();
    const section = await getMySectionPage(db, viewer, time.now, key, Number(single(params.page) ?? 1), options);
    const texts = sectionTexts(i18n, key);
    const hrefFor = (page: number) => `/my?section=${SECTION_IDS[key]}${page > 1 ? `&page=${page}` : ""}`;
    return (
      <>
        <p>
          <Link href="/my">{m.account.my.backToOverview}</Link>
        </p>
        <h1>{texts.title}</h1>
        <p className="result-count" role="status">
          {t(m.account.my.sectionCount, { count: section.total })}
        </p>
        <MyEntries section={key} entries={section.entries} time={time} locale={locale} empty={texts.empty} />
        <Pagination page={section.page} pageCount={section.pageCount} hrefFor={hrefFor} locale={locale} />
      </>
    );
  }

  const mine = await getMyDeadlines(db, viewer, time.now, options);
  return (
    <>
      <h1>{m.account.my.title}</h1>
      <p className="lead">{t(m.account.my.intro, { organisation: organisation.name })}</p>
      <p className="my-rule muted">{t(m.work.my.rule, { days: time.closingSoonDays, overdue: DEFAULT_OVERDUE_DAYS })}</p>
      <p>
        <a href="/my/responses.csv" download>
          {m.account.my.export}
        </a>
      </p>
      {MY_SECTIONS.map((key) => {
        const id = SECTION_IDS[key];
        const { entries, total } = mine[key];
        const texts = sectionTexts(i18n, key);
        return (
          <section key={key} id={id} aria-labelledby={`${id}-title`} className="dashboard-section">
            <div className="section-head">
              <h2 id={`${id}-title`}>{texts.title}</h2>
              {total > entries.length && <Link href={`/my?section=${id}`}>{t(m.account.my.seeAll, { count: total })}</Link>}
            </div>
            <MyEntries section={key} entries={entries} time={time} locale={locale} empty={texts.empty} />
          </section>
        );
      })}
      <section aria-labelledby="sharing-title" className="dashboard-section">
        <h2 id="sharing-title">{m.account.my.sharing}</h2>
        <p>{organisation.isResponsesPublic ? m.account.my.sharingOn : m.account.my.sharingOff}</p>
        <SharingForm
          isShared={organisation.isResponsesPublic}
          label={organisation.isResponsesPublic ? m.account.my.shareOff : m.account.my.shareOn}
          confirmLabel={m.work.confirm.stopSharing}
        />
      </section>
    </>
  );
}
