import "server-only";
import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listFeedTokens } from "@/lib/organisations/feed-tokens";
import { getMyOrganisation } from "@/lib/organisations/queries";
import { requirePageViewer } from "../../../_components/page-access";
import { CreateFeedLinkForm } from "./create-feed-link-form";
import { revokeFeedLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.feeds.title };
}

export default async function FeedLinksPage() {
  const viewer = await requirePageViewer("/my/feeds");
  const { m, t, locale } = await getI18n();
  const db = getDb();
  const organisation = await getMyOrganisation(db, viewer);
  if (!organisation) {
    return (
      <>
        <h1>{m.account.feeds.title}</h1>
        <p>{m.account.my.noOrganisation}</p>
      </>
    );
  }
  const links = await listFeedTokens(db, viewer);
  return (
    <>
      <h1>{m.account.feeds.title}</h1>
      <p className="lead">{m.account.feeds.intro}</p>
      <CreateFeedLinkForm
        calendarName={`Fristvakt – ${organisation.name}`}
        labels={{
          name: m.account.feeds.name,
          create: m.account.feeds.create,
          copy: m.subscribe.copy,
          copied: m.subscribe.copied,
          copyFailed: m.subscribe.copyFailed,
          webcal: m.subscribe.webcal,
          google: m.subscribe.google,
          outlookLive: m.work.calendar.outlookLive,
          outlookOffice: m.work.calendar.outlookOffice,
        }}
      />
      {links.length === 0 ? (
        <p className="empty">{m.account.feeds.empty}</p>
      ) : (
        <ul className="plain-list feed-links">
          {links.map((link) => (
            <li key={link.id}>
              <strong>{link.name}</strong>{" "}
              <span className="muted">
                {link.revokedAt
                  ? t(m.account.feeds.revoked, { date: formatDateTime(link.revokedAt, locale) })
                  : `${m.account.feeds.active} · ${
                      link.lastUsedAt
                        ? t(m.account.feeds.lastUsed, { date: formatDateTime(link.lastUsedAt, locale) })
                        : m.account.feeds.neverUsed
                    }`}
              </span>
              {!link.revokedAt && (
                // Revoking cuts every calendar subscribed to the link: asked first, with or without JavaScript.
                <form action={revokeFeedLinkAction} className="inline-form">
                  <input type="hidden" name="feedTokenId" value={link.id} />
                  <details className="confirm-details">
                    <summary>{m.account.feeds.revoke}</summary>
                    <span role="group" aria-label={t(m.account.feeds.revokeQuestion, { name: link.name })} className="confirm-step">
                      <span>{t(m.account.feeds.revokeQuestion, { name: link.name })}</span>{" "}
                      <button type="submit">{m.account.feeds.confirmRevoke}</button>
                    </span>
                  </details>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
