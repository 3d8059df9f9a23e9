import "server-only";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getOidcSignInOption } from "@/lib/auth/config";
import { getViewer } from "@/lib/auth/viewer";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { signInWithProviderAction } from "./actions";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.signIn.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { m, t } = await getI18n();
  if ((await getViewer()).isSignedIn) redirect("/my");
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : null;
  const oidc = getOidcSignInOption();
  return (
    <div className="narrow">
      <h1>{m.account.signIn.title}</h1>
      <p className="lead">{params.required ? m.account.signIn.required : m.account.signIn.intro}</p>
      {params.error && (
        <p className="notice error" role="alert">
          {m.account.signIn.failed}
        </p>
      )}
      <SignInForm
        callbackUrl={callbackUrl}
        labels={{
          email: m.account.signIn.email,
          password: m.account.signIn.password,
          submit: m.account.signIn.submit,
          failed: m.account.signIn.failed,
          throttled: m.account.signIn.throttled,
          forgot: m.account.passwordPages.forgotLink,
        }}
      />
      {oidc && (
        <form action={signInWithProviderAction} className="provider-form">
          <input type="hidden" name="provider" value={oidc.id} />
          <button type="submit">{t(m.account.signIn.withProvider, { name: oidc.name })}</button>
        </form>
      )}
    </div>
  );
}
