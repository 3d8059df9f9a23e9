"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { IDLE, type ActionState } from "./action-state";
import { FormMessage } from "./form-message";

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

/** An action with consequences (deactivating a user) that asks once more before it acts. */
export function ConfirmActionForm({ action, label, question, confirmLabel, cancelLabel, children }: ConfirmActionFormProps) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, IDLE);
  const [isAsking, setIsAsking] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setIsAsking(false);
    startTransition(() => formAction(formData));
  };
  return (
    <form action={formAction} onSubmit={submit} className="inline-form">
      <FormMessage state={state} />
      {children}
      {isAsking ? (
        <span role="group" aria-label={question} className="confirm-step">
          <span>{question}</span>{" "}
          <button type="submit" disabled={isPending}>
            {confirmLabel}
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
            {cancelLabel}
          </button>
        </span>
      ) : (
        <button type="button" className="secondary" onClick={() => setIsAsking(true)}>
          {label}
        </button>
      )}
    </form>
  );
}
