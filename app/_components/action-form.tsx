"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type ActionState } from "./action-state";
import { FormMessage } from "./form-message";

interface ActionFormProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  isSecondary?: boolean;
}

/** A small form whose server action answers with a sentence (saved, or what went wrong). */
export function ActionForm({ action, submitLabel, children, className, isSecondary }: ActionFormProps) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, IDLE);
  return (
    <form action={formAction} className={className}>
      <FormMessage state={state} />
      {children}
      {state.status === "error" && Object.keys(state.fieldErrors).length > 0 && (
        <ul className="field-error">
          {Object.entries(state.fieldErrors).map(([field, messages]) => (
            <li key={field}>{messages.join(" ")}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={isPending} className={isSecondary ? "secondary" : undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
