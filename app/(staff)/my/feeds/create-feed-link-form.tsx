"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "../../../_components/action-state";
import { FormMessage } from "../../../_components/form-message";
import { createFeedLinkAction } from "./actions";

export function CreateFeedLinkForm({ labels }: { labels: { name: string; create: string } }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(createFeedLinkAction, IDLE);
  return (
    <form action={action} className="filter-form">
      <FormMessage state={state} />
      {state.status === "ok" && state.detail && (
        <p className="secret-url">
          <code data-testid="new-feed-url">{state.detail}</code>
        </p>
      )}
      <div className="field field-wide">
        <label htmlFor="feed-link-name">{labels.name}</label>
        <input
          id="feed-link-name"
          name="name"
          required
          maxLength={80}
          aria-describedby={state.status === "error" ? "feed-link-name-error" : undefined}
        />
        {state.status === "error" && state.fieldErrors.name && (
          <span id="feed-link-name-error" className="field-error">
            {state.fieldErrors.name.join(" ")}
          </span>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={isPending}>
          {labels.create}
        </button>
      </div>
    </form>
  );
}
