import "server-only";
import Link from "next/link";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { osloToday } from "@/lib/deadlines";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { getDashboard } from "@/lib/items/queries";
import { currentTimeContext } from "@/lib/items/time-context";
import { getResponseStatusesForItems } from "@/lib/responses/queries";
import { ItemList } from "./_components/item-card";

export default async function DashboardPage() {
  const { locale, m, t } = await getI18n();
  const time = currentTimeContext();
  const db = getDb();
  const [dashboard, viewer] = await Promise.all([getDashboard(db, time), getViewer()]);
  const shown = [...dashboard.closingSoon, ...dashboard.laterOpen, ...dashboard.upcomingSeminars, ...dashboard.recentlyClosed];
  const responses = await getResponseStatusesForItems(
    db,
    viewer,
    shown.map((item) => item.id),
  );
  const days = time.closingSoonDays;
  const sections = [
    {
      id: "closing-soon",
      title: t(m.dashboard.closingSoon, { days }),
      items: dashboard.closingSoon,
      empty: t(m.dashboard.closingSoonEmpty, { days }),
      href: "/items?status=closing_soon",
    },
    {
      id: "later-open",
      title: m.dashboard.laterOpen,
      items: dashboard.laterOpen,
      empty: m.dashboard.laterOpenEmpty,
      href: "/items?status=open",
    },
    {
      id: "upcoming-seminars",
      title: m.dashboard.upcomingSeminars,
      items: dashboard.upcomingSeminars,
      empty: m.dashboard.upcomingSeminarsEmpty,
      href: "/items?status=upcoming",
    },
    {
      id: "recently-closed",
      title: m.dashboard.recentlyClosed,
      items: dashboard.recentlyClosed,
      empty: m.dashboard.recentlyClosedEmpty,
      href: "/items?status=closed",
    },
  ];
  return (
    <>
      <h1>{m.dashboard.title}</h1>
      <p className="lead">{t(m.dashboard.intro, { date: formatDate(osloToday(time.now), locale) })}</p>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className="dashboard-section">
          <div className="section-head">
            <h2 id={`${section.id}-title`}>{section.title}</h2>
            <Link href={section.href}>{m.dashboard.seeAll}</Link>
          </div>
          <ItemList items={section.items} time={time} locale={locale} empty={section.empty} responses={responses} />
        </section>
      ))}
    </>
  );
}
