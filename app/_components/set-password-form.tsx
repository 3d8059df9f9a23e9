"use client";

import Link from "next/link";
import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { IDLE, type ActionState } from "./action-state";
import { FieldErrorsContext } from "./field-error";
import { FormMessage } from "./form-message";

interface SetPasswordFormProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  signInLabel: string;
  children: ReactNode;
}

/** A password chosen from an e-mailed link; once saved, the form gives way to a way to sign in. */
export function SetPasswordForm({ action, submitLabel, signInLabel, children }: SetPasswordFormProps) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, IDLE);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  if (state.status === "ok") {
    return (
      <>
        <FormMessage state={state} />
        <p>
          <Link href="/sign-in">{signInLabel}</Link>
        </p>
      </>
    );
  }
  return (
    <form action={formAction} onSubmit={submit} className="stack-form">
      <FormMessage state={state} />
      <FieldErrorsContext value={state.status === "error" ? state.fieldErrors : {}}>{children}</FieldErrorsContext>
      <button type="submit" disabled={isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
