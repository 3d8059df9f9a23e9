"use client";

import { startTransition, type FormEvent } from "react";
import type { EditorMessages } from "@/lib/i18n/messages/editor-nb";
import type { ItemKind } from "@/lib/model/item";
import { FormMessage } from "../_components/form-message";
import { ConfidenceCell } from "./confidence-cell";
import type { ActionState } from "../_components/action-state";
import { rowFieldName, type PreviewRow, type RowChoices } from "./import-state";

type DateField = "sentOn" | "deadline" | "startOn" | "endOn";

interface ProposalTableProps {
  /** The reading these rows came from, sent back with the save. */
  readId: string;
  /** The last save's answer for this table, and the save itself (held by the page, see ImportWorkbench). */
  state: ActionState;
  dispatch: (formData: FormData) => void;
  isSaving: boolean;
  rows: PreviewRow[];
  /** The sentence asking to check the unsure proposals first, in the reader's words. */
  unsureNotice: string | null;
  /** The proposals as JSON: carried back with the save and checked again there. */
  proposal: string;
  labels: EditorMessages["import"];
  kinds: Record<ItemKind, string>;
  choices: RowChoices;
}

/**
 * The proposed items, each a row to tick, correct and save. Rows already in the database are
 * marked and unticked. Submitted through a transition, so corrections stay when a save fails.
 */
export function ProposalTable({
  readId,
  state,
  dispatch,
  isSaving,
  rows,
  unsureNotice,
  proposal,
  labels,
  kinds,
  choices,
}: ProposalTableProps) {
  const errors = state.status === "error" ? state.fieldErrors : {};
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };

  const errorOf = (key: string, field: string) =>
    errors[`${key}.${field}`] && (
      <span id={`row-${key}-${field}-error`} className="field-error">
        {errors[`${key}.${field}`].join(" ")}
      </span>
    );
  const dateInput = (index: number, row: PreviewRow, field: DateField) => {
    const id = `row-${index}-${field}`;
    return (
      <div className="field">
        <label htmlFor={id}>{labels[field]}</label>
        <input id={id} name={rowFieldName(index, field)} type="date" defaultValue={row.item[field] ?? ""} />
        {errorOf(row.item.key, field)}
      </div>
    );
  };

  return (
    <form action={dispatch} onSubmit={save} className="proposal-form">
      <FormMessage state={state} />
      {unsureNotice && <p className="notice">{unsureNotice}</p>}
      <input type="hidden" name="proposal" value={proposal} />
      <input type="hidden" name="readId" value={readId} />
      <div className="table-scroll">
        <table className="data-table proposal-table">
          <caption className="visually-hidden">{labels.table}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.include}</th>
              <th scope="col">{labels.kind}</th>
              <th scope="col">{labels.titleColumn}</th>
              <th scope="col">{labels.reference}</th>
              <th scope="col">{labels.dates}</th>
              <th scope="col">{labels.issuer}</th>
              <th scope="col">{labels.location}</th>
              <th scope="col">{labels.confidence.column}</th>
              <th scope="col">{labels.sentence}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const { item, match } = row;
              const isSeminar = item.kind === "SEMINAR";
              const { times } = row;
              return (
                <tr key={item.key} className={match ? "is-match" : undefined} data-key={item.key}>
                  <td>
                    <input type="hidden" name={rowFieldName(index, "key")} value={item.key} />
                    <input
                      type="checkbox"
                      name="include"
                      value={index}
                      defaultChecked={match === null}
                      aria-label={labels.includeRow.replace("{title}", item.title)}
                    />
                    <span className={match ? "match-badge" : "new-badge"}>
                      {match ? `${labels.match} (${labels.matchReasons[match]})` : labels.isNew}
                    </span>
                  </td>
                  <td>{kinds[item.kind]}</td>
                  <td>
                    <div className="field">
                      <label className="visually-hidden" htmlFor={`row-${index}-title`}>
                        {labels.titleColumn}
                      </label>
                      <input id={`row-${index}-title`} name={rowFieldName(index, "title")} defaultValue={item.title} maxLength={300} />
                      {errorOf(item.key, "title")}
                    </div>
                    <div className="field">
                      <label htmlFor={`row-${index}-url`}>{labels.url}</label>
                      <input
                        id={`row-${index}-url`}
                        name={rowFieldName(index, "url")}
                        type="url"
                        defaultValue={item.url ?? ""}
                        maxLength={2000}
                      />
                      {errorOf(item.key, "url")}
                    </div>
                  </td>
                  <td>{item.reference ?? "–"}</td>
                  <td>
                    <div className="row-dates">
                      {isSeminar ? dateInput(index, row, "startOn") : dateInput(index, row, "sentOn")}
                      {isSeminar ? dateInput(index, row, "endOn") : dateInput(index, row, "deadline")}
                      {times && <span className="muted">{times}</span>}
                    </div>
                  </td>
                  <td>
                    <div className="field">
                      <label htmlFor={`row-${index}-actor`}>{labels.actor}</label>
                      <select id={`row-${index}-actor`} name={rowFieldName(index, "actorId")} defaultValue="">
                        <option value="">{labels.actorFromText.replace("{name}", item.issuer?.shortName ?? "–")}</option>
                        {choices.actors.map((actor) => (
                          <option key={actor.id} value={actor.id}>
                            {actor.label}
                          </option>
                        ))}
                      </select>
                      {errorOf(item.key, "actorId")}
                    </div>
                    <div className="field">
                      <label htmlFor={`row-${index}-topics`}>{labels.topics}</label>
                      <select id={`row-${index}-topics`} name={rowFieldName(index, "topicIds")} multiple size={3}>
                        {choices.topics.map((topic) => (
                          <option key={topic.id} value={topic.id}>
                            {topic.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  </td>
                  <td>{[item.location, item.isOnline ? labels.online : null].filter(Boolean).join(", ") || "–"}</td>
                  <ConfidenceCell item={item} labels={labels.confidence} />
                  <td className="source-sentence">{item.sources.join(" ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="submit" disabled={isSaving}>
          {labels.save}
        </button>
      </div>
    </form>
  );
}
