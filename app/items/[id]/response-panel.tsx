import "server-only";
import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { I18n } from "@/lib/auth/viewer-i18n";
import { listColleagues } from "@/lib/responses/colleagues";
import { getResponseForItem, listSharedResponsesForItem } from "@/lib/responses/queries";
import { ResponseForm } from "./response-form";

/** The viewer's organisation's response, and what organisations that share have answered. */
export async function ResponsePanel({ itemId, viewer, i18n }: { itemId: string; viewer: Viewer; i18n: I18n }) {
  const { m, t, locale } = i18n;
  const r = m.account.response;
  if (!viewer.isSignedIn) {
    return (
      <section aria-labelledby="response-title" className="panel">
        <h2 id="response-title">{r.title}</h2>
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/items/${itemId}`)}`}>{m.account.signIn.title}</Link> – {r.memberOnly}
        </p>
      </section>
    );
  }
  const db = getDb();
  const [response, shared, colleagues] = await Promise.all([
    viewer.organisationId ? getResponseForItem(db, viewer, itemId) : Promise.resolve(null),
    listSharedResponsesForItem(db, viewer, itemId),
    listColleagues(db, viewer),
  ]);
  const w = m.work.response;
  return (
    <>
      {viewer.organisationId && (
        <section aria-labelledby="response-title" className="panel">
          <h2 id="response-title">{r.title}</h2>
          {response && (
            <p className="muted">
              {t(r.lastChanged, { date: formatDateTime(response.updatedAt, locale), name: response.updatedByName ?? "–" })}
            </p>
          )}
          <ResponseForm
            itemId={itemId}
            response={response}
            colleagues={colleagues}
            labels={{
              status: r.status,
              statusHint: w.statusHint,
              responsible: w.responsible,
              responsibleNone: w.responsibleNone,
              responsibleHint: w.responsibleHint,
              none: r.none,
              answeredOn: r.answeredOn,
              answerUrl: r.answerUrl,
              note: r.note,
              internalDeadline: r.internalDeadline,
              internalDeadlineHint: r.internalDeadlineHint,
              save: r.save,
              remove: r.remove,
              statuses: m.account.responseStatus,
            }}
          />
        </section>
      )}
      <section aria-labelledby="network-title" className="panel">
        <h2 id="network-title">{r.network}</h2>
        {shared.length === 0 ? (
          <p className="empty">{r.networkEmpty}</p>
        ) : (
          <ul className="plain-list">
            {shared.map((entry) => (
              <li key={entry.organisationSlug}>
                <strong>{entry.organisationName}</strong> {entry.isMine && r.mine}: {m.account.responseStatus[entry.status]}
                {entry.answerUrl && (
                  <>
                    {" "}
                    ·{" "}
                    <a href={entry.answerUrl} rel="noopener noreferrer nofollow">
                      {r.answerUrl}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
