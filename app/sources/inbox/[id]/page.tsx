import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ITEM_EDITOR_ROLES } from "@/lib/auth/access";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listActorChoices, listTopicChoices } from "@/lib/items/editor-queries";
import { getPendingProposal } from "@/lib/sources/proposal-queries";
import { ActionForm } from "../../../_components/action-form";
import { requirePageViewer, titleForRoles } from "../../../_components/page-access";
import { ItemForm } from "../../../items/_editor/item-form";
import { acceptProposalAction, rejectProposalAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ITEM_EDITOR_ROLES, (m) => m.sources.inbox.title);
}

export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/sources/inbox/${id}`, ITEM_EDITOR_ROLES);
  const { m, locale } = await getI18n();
  const i = m.sources.inbox;
  const db = getDb();
  const proposal = await getPendingProposal(db, viewer, id);
  if (!proposal) notFound();
  const [actors, topics] = await Promise.all([listActorChoices(db), listTopicChoices(db, locale)]);
  const { entry } = proposal;
  return (
    <>
      <p>
        <Link href="/sources/inbox">← {i.title}</Link>
      </p>
      <h1>{entry.title}</h1>
      <p>
        <small>{interpolate(i.from, { source: proposal.sourceName, date: formatDateTime(proposal.firstSeenAt, locale) })}</small>
      </p>
      {proposal.reviewReason && <p className="notice status-warning">{interpolate(i.reason, { reason: proposal.reviewReason })}</p>}
      <div className="inbox-pair">
        <section aria-labelledby="source-text-title" className="inbox-source">
          <h2 id="source-text-title">{i.sourceText}</h2>
          {proposal.matchedTerms.length > 0 && <p>{interpolate(i.matched, { terms: proposal.matchedTerms.join(", ") })}</p>}
          {entry.url && (
            <p>
              <a href={entry.url} rel="noopener noreferrer">
                {i.open}
              </a>
            </p>
          )}
          {entry.attribution && <p>{entry.attribution}</p>}
          {/* Scrolls when long, so it takes the keyboard focus too. */}
          <blockquote className="source-text" tabIndex={0} aria-labelledby="source-text-title">
            {entry.sourceText}
          </blockquote>
        </section>
        <section aria-label={i.accept}>
          <ItemForm
            action={acceptProposalAction}
            values={proposal.values}
            hidden={{ proposalId: proposal.id }}
            actors={actors}
            topics={topics}
            labels={m.editor.form}
            kinds={m.kind}
            submitLabel={i.accept}
            warnings={[]}
          />
          <ActionForm action={rejectProposalAction} submitLabel={i.reject} isSecondary>
            <input type="hidden" name="proposalId" value={proposal.id} />
          </ActionForm>
        </section>
      </div>
    </>
  );
}
