"use client";

import { useActionState } from "react";
import type { ResponseStatus, ResponseView } from "@/lib/responses/types";
import { IDLE, type ActionState } from "../../_components/action-state";
import { FormMessage } from "../../_components/form-message";
import { markResponseAction, removeResponseAction } from "./actions";

export interface ResponseFormLabels {
  status: string;
  none: string;
  answeredOn: string;
  answerUrl: string;
  note: string;
  internalDeadline: string;
  internalDeadlineHint: string;
  save: string;
  remove: string;
  statuses: Record<ResponseStatus, string>;
}

/** The organisation's response to one item. The version it was loaded at goes back with the save. */
export function ResponseForm({ itemId, response, labels }: { itemId: string; response: ResponseView | null; labels: ResponseFormLabels }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(markResponseAction, IDLE);
  const [removal, removeAction, isRemoving] = useActionState<ActionState, FormData>(removeResponseAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const field = (name: string, label: string, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`response-${name}`}>{label}</label>
      {input}
      {hint && <span className="hint">{hint}</span>}
      {errors[name] && (
        <span id={`response-${name}-error`} className="field-error">
          {errors[name].join(" ")}
        </span>
      )}
    </div>
  );
  const describedBy = (name: string) => (errors[name] ? `response-${name}-error` : undefined);
  return (
    <>
      <form action={action} className="stack-form response-form">
        <FormMessage state={state} />
        <FormMessage state={removal} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="version" value={response?.version ?? ""} />
        {field(
          "status",
          labels.status,
          <select id="response-status" name="status" defaultValue={response?.status ?? ""} required aria-describedby={describedBy("status")}>
            <option value="">{labels.none}</option>
            {(Object.keys(labels.statuses) as ResponseStatus[]).map((status) => (
              <option key={status} value={status}>
                {labels.statuses[status]}
              </option>
            ))}
          </select>,
        )}
        {field("answeredOn", labels.answeredOn, <input id="response-answeredOn" name="answeredOn" type="date" defaultValue={response?.answeredOn ?? ""} aria-describedby={describedBy("answeredOn")} />)}
        {field("answerUrl", labels.answerUrl, <input id="response-answerUrl" name="answerUrl" type="url" defaultValue={response?.answerUrl ?? ""} maxLength={2000} aria-describedby={describedBy("answerUrl")} />)}
        {field(
          "internalDeadline",
          labels.internalDeadline,
          <input id="response-internalDeadline" name="internalDeadline" type="date" defaultValue={response?.internalDeadline ?? ""} aria-describedby={describedBy("internalDeadline")} />,
          labels.internalDeadlineHint,
        )}
        {field("note", labels.note, <textarea id="response-note" name="note" rows={3} defaultValue={response?.note ?? ""} maxLength={2000} aria-describedby={describedBy("note")} />)}
        <div className="actions">
          <button type="submit" disabled={isPending}>
            {labels.save}
          </button>
        </div>
      </form>
      {response && (
        <form action={removeAction} className="inline-form">
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="version" value={response.version} />
          <button type="submit" className="secondary" disabled={isRemoving}>
            {labels.remove}
          </button>
        </form>
      )}
    </>
  );
}
