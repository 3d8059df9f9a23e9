"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import type { EditorMessages } from "@/lib/i18n/messages/editor-nb";
import type { Choice } from "@/lib/items/editor-queries";
import type { ItemFormValues } from "@/lib/items/form-values";
import { ITEM_KINDS, type ItemKind } from "@/lib/model/item";
import { IDLE } from "../../_components/action-state";
import { FormMessage } from "../../_components/form-message";
import type { ItemFormState } from "./item-input";

interface ItemFormProps {
  action: (previous: ItemFormState, formData: FormData) => Promise<ItemFormState>;
  values: ItemFormValues;
  /** The item's id and the version the form was loaded at, when editing. */
  hidden?: Record<string, string>;
  actors: Choice[];
  topics: Choice[];
  labels: EditorMessages["form"];
  kinds: Record<ItemKind, string>;
  submitLabel: string;
  warnings: string[];
}

/**
 * One form for every kind of item. The fields of all kinds are shown, each with a hint
 * saying which kind it is for; the server checks what the chosen kind needs and says so next
 * to the field. Submitted through a transition, so what was typed stays when a save fails;
 * without JavaScript the form posts to the same action, whose refusal brings back what was
 * typed (the form is keyed on each answer so that those become its values).
 */
export function ItemForm({ action, values: stored, hidden = {}, actors, topics, labels, kinds, submitLabel, warnings }: ItemFormProps) {
  const [state, dispatch, isPending] = useActionState<ItemFormState, FormData>(action, IDLE);
  const values = state.values ?? stored;
  // After a conflict the next save is based on the version now stored (the editor was told).
  const fields = state.version ? { ...hidden, version: state.version } : hidden;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const describedBy = (name: string, hasHint: boolean) =>
    [hasHint ? `item-${name}-hint` : null, errors[name] ? `item-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const field = (name: string, label: string, input: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`item-${name}`}>{label}</label>
      {input}
      {hint && (
        <span id={`item-${name}-hint`} className="hint">
          {hint}
        </span>
      )}
      {errors[name] && (
        <span id={`item-${name}-error`} className="field-error">
          {errors[name].join(" ")}
        </span>
      )}
    </div>
  );
  const text = (name: keyof ItemFormValues, label: string, options: { hint?: string; type?: string; maxLength?: number } = {}) =>
    field(
      name,
      label,
      <input
        id={`item-${name}`}
        name={name}
        type={options.type ?? "text"}
        defaultValue={values[name] as string}
        maxLength={options.maxLength}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, Boolean(options.hint))}
      />,
      options.hint,
    );

  return (
    <form key={state.submission ?? "stored"} action={dispatch} onSubmit={submit} className="stack-form item-form" noValidate>
      <FormMessage state={state} />
      {state.version && hidden.id && (
        <p>
          <a href={`/items/${hidden.id}`} target="_blank" rel="noopener">
            {labels.conflictLink}
          </a>
        </p>
      )}
      {warnings.length > 0 && (
        <div className="notice warnings" role="note" aria-label={labels.warningsTitle}>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {field(
        "kind",
        labels.kind,
        <select id="item-kind" name="kind" defaultValue={values.kind} aria-describedby={describedBy("kind", false)}>
          <option value="">–</option>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kinds[kind]}
            </option>
          ))}
        </select>,
      )}
      {text("title", labels.title, { maxLength: 300 })}
      {text("reference", labels.reference, { hint: labels.referenceHint, maxLength: 120 })}
      {field(
        "actorId",
        labels.actor,
        <select id="item-actorId" name="actorId" defaultValue={values.actorId} aria-describedby={describedBy("actorId", false)}>
          <option value="">{labels.chooseActor}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.label}
            </option>
          ))}
        </select>,
      )}
      {text("newActorName", labels.newActor, { hint: labels.newActorHint, maxLength: 120 })}
      <fieldset className="choices" aria-describedby={errors.topicIds ? "item-topicIds-error" : undefined}>
        <legend>{labels.topics}</legend>
        <ul>
          {topics.map((topic) => (
            <li key={topic.id}>
              <label>
                <input type="checkbox" name="topicIds" value={topic.id} defaultChecked={values.topicIds.includes(topic.id)} /> {topic.label}
              </label>
            </li>
          ))}
        </ul>
        {errors.topicIds && (
          <span id="item-topicIds-error" className="field-error">
            {errors.topicIds.join(" ")}
          </span>
        )}
      </fieldset>
      {text("newTopicName", labels.newTopic, { hint: labels.newTopicHint, maxLength: 120 })}
      {text("sentOn", labels.sentOn, { type: "date", hint: labels.sentOnHint })}
      {text("deadline", labels.deadline, { type: "date", hint: labels.deadlineHint })}
      {text("startOn", labels.startOn, { type: "date", hint: labels.seminarHint })}
      {text("endOn", labels.endOn, { type: "date" })}
      {text("startTime", labels.startTime, { type: "time", hint: labels.timeHint })}
      {text("endTime", labels.endTime, { type: "time" })}
      {text("location", labels.location, { maxLength: 200 })}
      <div className="field checkbox">
        <label>
          <input type="checkbox" name="isOnline" defaultChecked={values.isOnline} /> {labels.online}
        </label>
      </div>
      {text("url", labels.url, { type: "url", maxLength: 2000 })}
      {field(
        "summary",
        labels.summary,
        <textarea
          id="item-summary"
          name="summary"
          rows={4}
          maxLength={4000}
          defaultValue={values.summary}
          aria-describedby={describedBy("summary", false)}
        />,
      )}
      <div className="actions">
        <button type="submit" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
