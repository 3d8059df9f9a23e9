import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getItemStatus, hearingLengthDays, isShortHearing } from "@/lib/deadlines";
import { formatDate } from "@/lib/i18n/format";
import { formatItemCountdown, formatItemWhen } from "@/lib/i18n/item-text";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { isShortNameUseful } from "@/lib/actors/label";
import { getItem } from "@/lib/items/queries";
import { currentTimeContext } from "@/lib/items/time-context";
import { AddToCalendar } from "./add-to-calendar";
import { EditorPanel } from "./editor-panel";
import { ItemHistory } from "./item-history";
import { DeadlineChangeNote, HolidayWarnings } from "./item-notes";
import { ResponsePanel } from "./response-panel";

// generateMetadata and the page ask for the same item: one query per request.
const loadItem = cache((id: string) => getItem(getDb(), id));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await loadItem((await params).id);
  // An unknown item is "not found" in the title too, not the bare name of the app.
  if (!item) notFound();
  return { title: item.title, description: item.summary ?? undefined };
}

export default async function ItemPage({ params }: Props) {
  const i18n = await getI18n();
  const { locale, m, t } = i18n;
  const viewer = await getViewer();
  const item = await loadItem((await params).id);
  if (!item) notFound();
  const time = currentTimeContext();
  const status = getItemStatus(item, time.now, time.closingSoonDays);
  const isSeminar = item.kind === "SEMINAR";
  const topicName = (topic: { name: string; nameEn: string }) => (locale === "en" ? topic.nameEn : topic.name);

  return (
    <article className="item-page">
      <p className="item-meta">
        <span className="kind-badge">{m.kind[item.kind]}</span>
        <span className={`status-badge status-${item.cancelledAt ? "cancelled" : status.toLowerCase()}`}>
          {item.cancelledAt ? m.status.CANCELLED : m.status[status]}
        </span>
        {isShortHearing(item) && <span className="short-badge">{m.item.shortDeadline}</span>}
      </p>
      <h1>{item.title}</h1>
      {item.cancelledAt && (
        <p className="notice" role="status">
          {item.cancelReason ? t(m.item.cancelledReason, { reason: item.cancelReason }) : m.item.cancelled}
        </p>
      )}
      <dl className="facts">
        <dt>{isSeminar ? m.item.when : item.kind === "HEARING" ? m.item.hearingDeadline : m.item.deadline}</dt>
        <dd>
          {formatItemWhen(item, locale)}
          {!item.cancelledAt && <span className="countdown"> ({formatItemCountdown(item, time.now, locale)})</span>}
          {!isSeminar && <DeadlineChangeNote itemId={item.id} i18n={i18n} />}
        </dd>
        {item.sentOn && (
          <>
            <dt>{m.item.sentOn}</dt>
            <dd>{formatDate(item.sentOn, locale)}</dd>
          </>
        )}
        {isShortHearing(item) && (
          <>
            <dt>{m.item.shortDeadline}</dt>
            <dd>{t(m.item.shortDeadlineExplained, { days: hearingLengthDays(item) ?? 0 })}</dd>
          </>
        )}
        <dt>{isSeminar ? m.item.organiser : m.item.issuer}</dt>
        <dd>
          <Link href={`/actors/${item.actor.slug}`}>{item.actor.name}</Link>
          {isShortNameUseful(item.actor) && ` (${item.actor.shortName})`}
        </dd>
        {item.reference && (
          <>
            <dt>{m.item.reference}</dt>
            <dd>{item.reference}</dd>
          </>
        )}
        {isSeminar && (item.location || item.isOnline) && (
          <>
            <dt>{m.item.location}</dt>
            <dd>{[item.location, item.isOnline ? m.item.online : null].filter(Boolean).join(", ")}</dd>
          </>
        )}
        {item.topics.length > 0 && (
          <>
            <dt>{m.item.topics}</dt>
            <dd>
              <ul className="inline-list">
                {item.topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link href={`/topics/${topic.slug}`}>{topicName(topic)}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {(item.url || item.attribution) && (
          <>
            <dt>{m.item.source}</dt>
            <dd>
              {item.url && (
                <a href={item.url} rel="noopener noreferrer">
                  {m.item.sourceLink}
                </a>
              )}
              {item.url && item.attribution && " · "}
              {item.attribution}
            </dd>
          </>
        )}
        {item.source && (
          <>
            <dt>{m.item.fromNewsletter}</dt>
            <dd>{item.source.title}</dd>
          </>
        )}
      </dl>
      <HolidayWarnings item={item} i18n={i18n} />
      {item.summary && (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{m.item.summary}</h2>
          <p>{item.summary}</p>
        </section>
      )}
      {item.sourceExcerpt && (
        <section aria-labelledby="excerpt-title">
          <h2 id="excerpt-title">{m.item.excerpt}</h2>
          <blockquote>{item.sourceExcerpt}</blockquote>
        </section>
      )}
      <AddToCalendar item={item} i18n={i18n} />
      <EditorPanel item={item} viewer={viewer} i18n={i18n} />
      <ResponsePanel itemId={item.id} viewer={viewer} i18n={i18n} />
      <ItemHistory itemId={item.id} viewer={viewer} i18n={i18n} />
      <p>
        <Link href="/items">{m.item.backToList}</Link>
      </p>
    </article>
  );
}
