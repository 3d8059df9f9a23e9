import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { ITEM_EDITOR_ROLES } from "@/lib/auth/access";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listInboxForEditor } from "@/lib/sources/queries";
import { ActionForm } from "../../_components/action-form";
import { requirePageViewer, titleForRoles } from "../../_components/page-access";
import { rejectProposalAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ITEM_EDITOR_ROLES, (m) => m.sources.inbox.title);
}

interface InboxPageProps {
  searchParams: Promise<{ all?: string; done?: string }>;
}

export default async function InboxPage({ searchParams }: InboxPageProps) {
  const viewer = await requirePageViewer("/sources/inbox", ITEM_EDITOR_ROLES);
  const { m, locale } = await getI18n();
  const i = m.sources.inbox;
  const params = await searchParams;
  const isAllShown = params.all === "1";
  const inbox = await listInboxForEditor(getDb(), viewer, { isAllShown });
  const done = params.done === "accepted" ? i.accepted : params.done === "rejected" ? i.rejected : null;
  return (
    <>
      <h1>{i.title}</h1>
      <p className="lead">{i.intro}</p>
      {done && (
        <p className="notice success" role="status">
          {done}
        </p>
      )}
      <p>
        {isAllShown ? (
          <Link href="/sources/inbox">{i.showRelevant}</Link>
        ) : (
          inbox.otherCount > 0 && <Link href="/sources/inbox?all=1">{interpolate(i.showAll, { count: inbox.otherCount })}</Link>
        )}
      </p>
      {inbox.proposals.length === 0 && <p>{i.empty}</p>}
      <ol className="inbox-list">
        {inbox.proposals.map((proposal) => {
          const { entry } = proposal;
          const date = entry.deadline ?? entry.startOn;
          return (
            <li key={proposal.id} className="card inbox-card">
              <h2>
                <Link href={`/sources/inbox/${proposal.id}`}>{entry.title}</Link>
              </h2>
              <p>
                {proposal.isRelevant && <strong className="badge">{i.relevant}</strong>} {m.kind[entry.kind]}
                {date && <> · {formatDate(date, locale)}</>}
                {entry.issuerName && <> · {entry.issuerName}</>}
              </p>
              <p>
                <small>{interpolate(i.from, { source: proposal.sourceName, date: formatDateTime(proposal.firstSeenAt, locale) })}</small>
              </p>
              {proposal.matchedTerms.length > 0 && <p>{interpolate(i.matched, { terms: proposal.matchedTerms.join(", ") })}</p>}
              {proposal.reviewReason && <p className="status-warning">{interpolate(i.reason, { reason: proposal.reviewReason })}</p>}
              <div className="inbox-actions">
                <Link href={`/sources/inbox/${proposal.id}`} className="button">
                  {i.accept}
                </Link>
                <ActionForm action={rejectProposalAction} submitLabel={i.reject} className="inline-form" isSecondary>
                  <input type="hidden" name="proposalId" value={proposal.id} />
                </ActionForm>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
