import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { getPasswordResetLink } from "@/lib/accounts/password-reset";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { PasswordFields } from "../../_components/password-fields";
import { SetPasswordForm } from "../../_components/set-password-form";
import { resetPasswordAction } from "./actions";

// The token is in the address: no other site learns it from a link on this page.
export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.passwordPages.resetTitle, referrer: "no-referrer", robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const { m, t } = await getI18n();
  const p = m.account.passwordPages;
  const link = await getPasswordResetLink(getDb(), token, currentTime());
  return (
    <div className="narrow">
      <h1>{p.resetTitle}</h1>
      {link ? (
        <>
          <p className="lead">{t(p.resetIntro, { email: link.email })}</p>
          <SetPasswordForm action={resetPasswordAction} submitLabel={p.resetSubmit} signInLabel={p.backToSignIn}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="username" value={link.email} autoComplete="username" />
            <PasswordFields newLabel={p.newPassword} repeatLabel={p.repeatPassword} />
          </SetPasswordForm>
        </>
      ) : (
        <>
          <p className="notice error" role="alert">
            {p.linkExpired}
          </p>
          <p>
            <Link href="/forgot-password">{p.askAgain}</Link>
          </p>
        </>
      )}
    </div>
  );
}
