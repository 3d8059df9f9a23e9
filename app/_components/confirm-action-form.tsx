"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { IDLE, type ActionState } from "./action-state";
import { FormMessage } from "./form-message";
import { useIsScripted } from "./use-is-scripted";
import { withTypedValues } from "./typed-values";

interface ConfirmActionFormProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The first button: it only asks. */
  label: string;
  /** What will happen, asked before anything changes. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  children?: ReactNode;
}

/**
 * An action with consequences (deactivating a user) that asks once more before it acts. The
 * question opens from a disclosure, so asking and confirming work without JavaScript too;
 * the cancel button, which only closes it again, is there once scripts run.
 */
export function ConfirmActionForm({ action, label, question, confirmLabel, cancelLabel, children }: ConfirmActionFormProps) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, IDLE);
  const [isAsking, setIsAsking] = useState(false);
  const isScripted = useIsScripted();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setIsAsking(false);
    startTransition(() => formAction(formData));
  };
  return (
    <form action={formAction} onSubmit={submit} className="inline-form">
      <FormMessage state={state} />
      {withTypedValues(children, state.status === "error" ? (state.typed ?? null) : null)}
      <details className="confirm-details" open={isAsking} onToggle={(event) => setIsAsking(event.currentTarget.open)}>
        <summary>{label}</summary>
        <span role="group" aria-label={question} className="confirm-step">
          <span>{question}</span>{" "}
          <button type="submit" disabled={isPending}>
            {confirmLabel}
          </button>{" "}
          {isScripted && (
            <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
              {cancelLabel}
            </button>
          )}
        </span>
      </details>
    </form>
  );
}
