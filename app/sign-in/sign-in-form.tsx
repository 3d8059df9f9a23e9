"use client";

import Link from "next/link";
import { startTransition, useActionState, type FormEvent } from "react";
import { signInAction, type SignInState } from "./actions";

interface Labels {
  email: string;
  password: string;
  submit: string;
  failed: string;
  throttled: string;
  forgot: string;
}

export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl: string | null }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, {
    hasFailed: false,
    isThrottled: false,
    email: "",
  });
  // Started from onSubmit: a form's own action is followed by a reset, which would clear the
  // e-mail the person typed when the sign-in is refused.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
  return (
    <form action={action} onSubmit={submit} className="stack-form">
      {state.hasFailed && (
        <p className="notice error" role="alert">
          {state.isThrottled ? labels.throttled : labels.failed}
        </p>
      )}
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div className="field">
        <label htmlFor="sign-in-email">{labels.email}</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">{labels.password}</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={isPending}>
        {labels.submit}
      </button>
      <p>
        <Link href="/forgot-password">{labels.forgot}</Link>
      </p>
    </form>
  );
}
