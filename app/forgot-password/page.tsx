import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { ActionForm } from "../_components/action-form";
import { FieldError } from "../_components/field-error";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.passwordPages.forgotTitle };
}

export default async function ForgotPasswordPage() {
  const { m } = await getI18n();
  const p = m.account.passwordPages;
  return (
    <div className="narrow">
      <h1>{p.forgotTitle}</h1>
      <p className="lead">{p.forgotIntro}</p>
      <ActionForm action={requestPasswordResetAction} submitLabel={p.forgotSubmit} className="stack-form" inlineFields={["email"]}>
        <div className="field">
          <label htmlFor="forgot-email">{m.account.signIn.email}</label>
          <input id="forgot-email" name="email" type="email" autoComplete="username" required maxLength={320} />
          <FieldError name="email" />
        </div>
      </ActionForm>
      <p>
        <Link href="/sign-in">{p.backToSignIn}</Link>
      </p>
    </div>
  );
}
