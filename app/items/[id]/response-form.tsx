"use client";

import { useActionState } from "react";
import type { Colleague, ResponseStatus, ResponseView } from "@/lib/responses/types";
import { IDLE, type ActionState } from "../../_components/action-state";
import { FormMessage } from "../../_components/form-message";
import { markResponseAction, removeResponseAction } from "./actions";
import { responseFormValues, type ResponseFormState } from "./response-values";

export interface ResponseFormLabels {
  status: string;
  statusHint: string;
  none: string;
  answeredOn: string;
  answerUrl: string;
  note: string;
  internalDeadline: string;
  internalDeadlineHint: string;
  responsible: string;
  responsibleNone: string;
  responsibleHint: string;
  save: string;
  remove: string;
  statuses: Record<ResponseStatus, string>;
}

interface ResponseFormProps {
  itemId: string;
  response: ResponseView | null;
  colleagues: Colleague[];
  labels: ResponseFormLabels;
}

/**
 * The organisation's response to one item. The fields show what the last answer of the
 * action says (what was saved, or what was typed before a refusal), else the stored response;
 * the form is keyed on each answer so those become its values even after React resets it.
 * The version it shows goes back with the next save, so a colleague's save in between is a
 * conflict, not a silent overwrite.
 */
export function ResponseForm({ itemId, response, colleagues, labels }: ResponseFormProps) {
  const [state, action, isPending] = useActionState<ResponseFormState, FormData>(markResponseAction, IDLE);
  const [removal, removeAction, isRemoving] = useActionState<ActionState, FormData>(removeResponseAction, IDLE);
  const values = state.values ?? responseFormValues(response);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const describedBy = (name: string, hint?: string) =>
    [errors[name] ? `response-${name}-error` : null, hint ? `response-${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  const inputProps = (name: keyof typeof values, hint?: string) => ({
    id: `response-${name}`,
    name,
    defaultValue: values[name],
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy(name, hint),
  });
  const field = (name: string, label: string, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`response-${name}`}>{label}</label>
      {input}
      {hint && (
        <span id={`response-${name}-hint`} className="hint">
          {hint}
        </span>
      )}
      {errors[name] && (
        <span id={`response-${name}-error`} className="field-error">
          {errors[name].join(" ")}
        </span>
      )}
    </div>
  );
  const storedVersion = removal.status === "ok" ? null : state.status === "ok" ? values.version : response ? String(response.version) : "";
  return (
    <>
      <form key={state.submission ?? "stored"} action={action} className="stack-form response-form">
        {/* While a save is under way, the last answer's sentence would speak of the one before. */}
        {!isPending && removal.status === "idle" && <FormMessage state={state} />}
        <FormMessage state={removal} />
        <input type="hidden" name="itemId" value={itemId} />
        {/* Closed while saving: what was saved replaces the fields, so an edit typed meanwhile would vanish. */}
        <fieldset className="plain-fieldset" disabled={isPending}>
          <input type="hidden" name="version" value={removal.status === "ok" ? "" : values.version} />
          {field(
            "status",
            labels.status,
            <select {...inputProps("status", labels.statusHint)} required>
              <option value="">{labels.none}</option>
              {(Object.keys(labels.statuses) as ResponseStatus[]).map((status) => (
                <option key={status} value={status}>
                  {labels.statuses[status]}
                </option>
              ))}
            </select>,
            labels.statusHint,
          )}
          {colleagues.length > 0 &&
            field(
              "responsibleUserId",
              labels.responsible,
              <select {...inputProps("responsibleUserId", labels.responsibleHint)}>
                <option value="">{labels.responsibleNone}</option>
                {colleagues.map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.name}
                  </option>
                ))}
              </select>,
              labels.responsibleHint,
            )}
          {field("answeredOn", labels.answeredOn, <input {...inputProps("answeredOn")} type="date" />)}
          {/* type="text": a link typed as "www.…" is accepted (as https), which type="url" would block. */}
          {field(
            "answerUrl",
            labels.answerUrl,
            <input {...inputProps("answerUrl")} type="text" inputMode="url" autoComplete="url" maxLength={2000} />,
          )}
          {field(
            "internalDeadline",
            labels.internalDeadline,
            <input {...inputProps("internalDeadline", labels.internalDeadlineHint)} type="date" />,
            labels.internalDeadlineHint,
          )}
          {field("note", labels.note, <textarea {...inputProps("note")} rows={3} maxLength={2000} />)}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={isPending}>
            {labels.save}
          </button>
        </div>
      </form>
      {storedVersion !== null && storedVersion !== "" && (
        <form action={removeAction} className="inline-form">
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="version" value={storedVersion} />
          <button type="submit" className="secondary" disabled={isRemoving}>
            {labels.remove}
          </button>
        </form>
      )}
    </>
  );
}
