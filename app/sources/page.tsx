import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { ITEM_EDITOR_ROLES } from "@/lib/auth/access";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { localizeSourceError } from "@/lib/i18n/source-errors";
import { listRelevanceTermsForEditor, listSourcesForEditor, type SourceSummary } from "@/lib/sources/queries";
import { SOURCE_MODES, SOURCE_TYPES } from "@/lib/sources/schemas";
import { isSourcePollingOn } from "@/lib/sources/settings";
import { ActionForm } from "../_components/action-form";
import { FieldError } from "../_components/field-error";
import { requirePageViewer, titleForRoles } from "../_components/page-access";
import { addSourceAction, addTermAction, removeTermAction, updateSourceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ITEM_EDITOR_ROLES, (m) => m.sources.list.title);
}

type State = "disabled" | "failing" | "quiet" | "notYet" | "ok";

function stateOf(source: SourceSummary): State {
  if (!source.isEnabled) return "disabled";
  if (source.lastError) return "failing";
  if (!source.lastPolledAt) return "notYet";
  return source.isQuiet ? "quiet" : "ok";
}

// The fields of the "add a source" form whose problems stand beside them.
const ADD_SOURCE_FIELDS = ["url", "name", "pollIntervalMinutes"] as const;

export default async function SourcesPage() {
  const viewer = await requirePageViewer("/sources", ITEM_EDITOR_ROLES);
  const { m, locale } = await getI18n();
  const l = m.sources.list;
  const db = getDb();
  const now = currentTime();
  const [sources, terms] = await Promise.all([listSourcesForEditor(db, viewer, now), listRelevanceTermsForEditor(db, viewer)]);
  const pending = sources.reduce((sum, source) => sum + source.pendingCount, 0);
  const when = (instant: Date | null) => (instant ? formatDateTime(instant, locale) : l.never);
  const stateText: Record<State, string> = { disabled: l.disabled, failing: l.failing, quiet: l.quiet, notYet: l.notYet, ok: l.ok };
  return (
    <>
      <h1>{l.title}</h1>
      <p className="lead">{l.intro}</p>
      {!isSourcePollingOn() && <p className="notice">{l.pollOff}</p>}
      <p>
        <Link href="/sources/inbox">{interpolate(l.inboxLink, { count: pending })}</Link>
      </p>
      <div className="table-scroll">
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">{l.name}</th>
              <th scope="col">{l.state}</th>
              <th scope="col">{l.lastRun}</th>
              <th scope="col">{l.items}</th>
              <th scope="col">{l.pending}</th>
              <th scope="col">{l.mode}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => {
              const state = stateOf(source);
              return (
                <tr key={source.id} data-state={state}>
                  <th scope="row">
                    {source.name}
                    <br />
                    <small>
                      {m.sources.types[source.type]} · <span className="break-anywhere">{source.url}</span>
                    </small>
                  </th>
                  <td>
                    <strong className={state === "failing" || state === "quiet" ? "status-warning" : undefined}>{stateText[state]}</strong>
                    {source.lastError && (
                      <p>
                        <small>
                          {l.lastError}: {localizeSourceError(source.lastError, locale)}
                        </small>
                      </p>
                    )}
                  </td>
                  <td>
                    {when(source.lastPolledAt)}
                    {source.lastError && source.lastSuccessAt && (
                      <p>
                        <small>
                          {l.lastSuccess}: {when(source.lastSuccessAt)}
                        </small>
                      </p>
                    )}
                  </td>
                  <td>{source.itemCount}</td>
                  <td>{source.pendingCount}</td>
                  <td>
                    {m.sources.modes[source.mode]}
                    <details>
                      <summary>{l.edit}</summary>
                      <ActionForm action={updateSourceAction} submitLabel={l.save} className="stack-form">
                        <input type="hidden" name="id" value={source.id} />
                        <label>
                          {l.name}
                          <input name="name" defaultValue={source.name} maxLength={120} required />
                        </label>
                        <label>
                          {l.mode}
                          <select name="mode" defaultValue={source.mode}>
                            {SOURCE_MODES.map((mode) => (
                              <option key={mode} value={mode}>
                                {m.sources.modes[mode]}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label>
                          {l.interval}
                          <input name="pollIntervalMinutes" type="number" min={15} max={10080} defaultValue={source.pollIntervalMinutes} />
                        </label>
                        <label>
                          <input type="checkbox" name="isEnabled" defaultChecked={source.isEnabled} /> {l.isEnabled}
                        </label>
                      </ActionForm>
                    </details>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="add-source-title">
        <h2 id="add-source-title">{l.add}</h2>
        <ActionForm action={addSourceAction} submitLabel={l.add} className="stack-form" inlineFields={ADD_SOURCE_FIELDS}>
          <label>
            {l.type}
            <select name="type" defaultValue="ics">
              {SOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {m.sources.types[type]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {l.url}
            <input name="url" type="url" required placeholder="https://" aria-describedby="add-source-url-error" />
          </label>
          <FieldError name="url" id="add-source-url-error" />
          <label>
            {l.nameField}
            <input name="name" maxLength={120} aria-describedby="add-source-name-error" />
          </label>
          <FieldError name="name" id="add-source-name-error" />
          <label>
            {l.mode}
            <select name="mode" defaultValue="review">
              {SOURCE_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {m.sources.modes[mode]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {l.interval}
            <input
              name="pollIntervalMinutes"
              type="number"
              min={15}
              max={10080}
              defaultValue={60}
              aria-describedby="add-source-interval-error"
            />
          </label>
          <FieldError name="pollIntervalMinutes" id="add-source-interval-error" />
        </ActionForm>
      </section>

      <section aria-labelledby="terms-title">
        <h2 id="terms-title">{l.terms}</h2>
        <p>{l.termsIntro}</p>
        {(["word", "ministry"] as const).map((kind) => (
          <div key={kind}>
            <h3>{kind === "word" ? l.words : l.ministries}</h3>
            <ul className="term-list">
              {terms
                .filter((term) => term.kind === kind)
                .map((term) => (
                  <li key={term.id}>
                    {term.term}{" "}
                    <ActionForm action={removeTermAction} submitLabel={l.removeTerm} className="inline-form" isSecondary>
                      <input type="hidden" name="id" value={term.id} />
                    </ActionForm>
                  </li>
                ))}
            </ul>
            <ActionForm action={addTermAction} submitLabel={l.addTerm} className="inline-form">
              <input type="hidden" name="kind" value={kind} />
              <label>
                <span className="visually-hidden">{kind === "word" ? l.words : l.ministries}</span>
                <input name="term" maxLength={80} required />
              </label>
            </ActionForm>
          </div>
        ))}
      </section>
    </>
  );
}
