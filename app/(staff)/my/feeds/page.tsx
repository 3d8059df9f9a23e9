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
      <CreateFeedLinkForm labels={{ name: m.account.feeds.name, create: m.account.feeds.create }} />
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
                <form action={revokeFeedLinkAction} className="inline-form">
                  <input type="hidden" name="feedTokenId" value={link.id} />
                  <button type="submit" className="secondary">
                    {m.account.feeds.revoke}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
