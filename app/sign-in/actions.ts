"use server";

import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, SIGN_IN_THROTTLED_CODE } from "@/lib/auth/config";

// Not form actions (app/_actions/form-action.ts): signing in is Auth.js's own flow, which
// answers with a redirect or an AuthError, and its form shows one fixed sentence that must not
// tell a wrong password from an unknown address.

/** After a refusal the e-mail comes back, so the form can show it again without JavaScript too. */
export type SignInState = { hasFailed: boolean; isThrottled: boolean; email: string };

const signInInputSchema = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1_000),
  callbackUrl: z.string().max(2_000).nullable(),
});

/** Only a path on this site: an absolute or protocol-relative address would be an open redirect. */
function safeCallback(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/my";
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInInputSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl"),
  });
  const email = String(formData.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { hasFailed: true, isThrottled: false, email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
  } catch (error) {
    // Wrong or disabled: one message; made to wait: another. The success redirect is also thrown; let it go.
    if (error instanceof AuthError) {
      return { hasFailed: true, isThrottled: error instanceof CredentialsSignin && error.code === SIGN_IN_THROTTLED_CODE, email };
    }
    throw error;
  }
  return { hasFailed: false, isThrottled: false, email };
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  if (provider !== "oidc") return;
  await signIn("oidc", { redirectTo: "/my" });
}
