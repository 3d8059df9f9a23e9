"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

interface Labels {
  email: string;
  password: string;
  submit: string;
  failed: string;
  throttled: string;
}

export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl: string | null }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, { hasFailed: false, isThrottled: false });
  return (
    <form action={action} className="stack-form">
      {state.hasFailed && (
        <p className="notice error" role="alert">
          {state.isThrottled ? labels.throttled : labels.failed}
        </p>
      )}
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div className="field">
        <label htmlFor="sign-in-email">{labels.email}</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">{labels.password}</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={isPending}>
        {labels.submit}
      </button>
    </form>
  );
}
