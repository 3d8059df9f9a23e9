import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { currentTimeContext } from "@/lib/items/time-context";
import { getMyOrganisation } from "@/lib/organisations/queries";
import { DEFAULT_OVERDUE_DAYS, getMyDeadlines } from "@/lib/responses/my-deadlines";
import type { ItemWithResponse } from "@/lib/responses/types";
import { ItemList } from "../../_components/item-card";
import { requirePageViewer } from "../../_components/page-access";
import { SharingForm } from "./sharing-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.my.title };
}

const statusesOf = (entries: ItemWithResponse[]) =>
  Object.fromEntries(entries.flatMap(({ item, response }) => (response ? [[item.id, response.status]] : [])));

export default async function MyDeadlinesPage() {
  const viewer = await requirePageViewer("/my");
  const { m, t, locale } = await getI18n();
  const db = getDb();
  const organisation = await getMyOrganisation(db, viewer);
  if (!organisation) {
    return (
      <>
        <h1>{m.account.my.title}</h1>
        <p>{m.account.my.noOrganisation}</p>
      </>
    );
  }
  const time = currentTimeContext();
  const mine = await getMyDeadlines(db, viewer, time.now, { closingSoonDays: time.closingSoonDays });
  const sections = [
    { id: "overdue", title: t(m.account.my.overdue, { days: DEFAULT_OVERDUE_DAYS }), entries: mine.overdue, empty: m.account.my.overdueEmpty },
    { id: "closing-soon", title: m.account.my.closingSoon, entries: mine.closingSoon, empty: m.account.my.closingSoonEmpty },
    { id: "in-progress", title: m.account.my.inProgress, entries: mine.inProgress, empty: m.account.my.inProgressEmpty },
    { id: "answered", title: m.account.my.answered, entries: mine.answered, empty: m.account.my.answeredEmpty },
  ];
  return (
    <>
      <h1>{m.account.my.title}</h1>
      <p className="lead">{t(m.account.my.intro, { organisation: organisation.name })}</p>
      <p>
        <a href="/my/responses.csv" download>
          {m.account.my.export}
        </a>
      </p>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className="dashboard-section">
          <div className="section-head">
            <h2 id={`${section.id}-title`}>{section.title}</h2>
          </div>
          <ItemList
            items={section.entries.map((entry) => entry.item)}
            responses={statusesOf(section.entries)}
            time={time}
            locale={locale}
            empty={section.empty}
          />
        </section>
      ))}
      <section aria-labelledby="sharing-title" className="dashboard-section">
        <h2 id="sharing-title">{m.account.my.sharing}</h2>
        <p>{organisation.isResponsesPublic ? m.account.my.sharingOn : m.account.my.sharingOff}</p>
        <SharingForm isShared={organisation.isResponsesPublic} label={organisation.isResponsesPublic ? m.account.my.shareOff : m.account.my.shareOn} />
      </section>
    </>
  );
}
