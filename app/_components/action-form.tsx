"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { IDLE, type ActionState } from "./action-state";
import { FieldErrorsContext } from "./field-error";
import { FormMessage } from "./form-message";
import { withTypedValues } from "./typed-values";

interface ActionFormProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  isSecondary?: boolean;
  /** Empties the fields after a successful save (a "new …" form); other forms keep what was saved. */
  isResetOnSuccess?: boolean;
  /** Fields whose problems a <FieldError> shows beside them; the rest are listed above the button. */
  inlineFields?: readonly string[];
}

/**
 * A small form whose server action answers with a sentence (saved, or what went wrong). The
 * action is started from onSubmit rather than by the form itself: React resets a form after
 * its own action runs, which would wipe what was typed when the save is refused and put a
 * select back to the value it first rendered with. Without JavaScript the refusal comes back
 * as a new page, and the fields are given what was typed (withTypedValues).
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
  isSecondary,
  isResetOnSuccess,
  inlineFields = [],
}: ActionFormProps) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (isResetOnSuccess && state.status === "ok") formRef.current?.reset();
  }, [state, isResetOnSuccess]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  const otherErrors = state.status === "error" ? Object.entries(state.fieldErrors).filter(([field]) => !inlineFields.includes(field)) : [];
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} className={className}>
      <FormMessage state={state} />
      <FieldErrorsContext value={state.status === "error" ? state.fieldErrors : {}}>
        {withTypedValues(children, state.status === "error" ? (state.typed ?? null) : null)}
      </FieldErrorsContext>
      {otherErrors.length > 0 && (
        <ul className="field-error">
          {otherErrors.map(([field, messages]) => (
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
