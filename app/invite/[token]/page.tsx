import "server-only";
import type { Metadata } from "next";
import { getInvitationLink } from "@/lib/accounts/invitation";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { FieldError } from "../../_components/field-error";
import { PasswordFields } from "../../_components/password-fields";
import { SetPasswordForm } from "../../_components/set-password-form";
import { acceptInvitationAction } from "./actions";

// The token is in the address: no other site learns it from a link on this page.
export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.passwordPages.inviteTitle, referrer: "no-referrer", robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const { m, t } = await getI18n();
  const p = m.account.passwordPages;
  const invitation = await getInvitationLink(getDb(), token, currentTime());
  return (
    <div className="narrow">
      <h1>{p.inviteTitle}</h1>
      {invitation ? (
        <>
          <p className="lead">{t(p.inviteIntro, { email: invitation.email })}</p>
          <SetPasswordForm action={acceptInvitationAction} submitLabel={p.inviteSubmit} signInLabel={m.account.signIn.title}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="username" value={invitation.email} autoComplete="username" />
            <div className="field">
              <label htmlFor="invite-name">{p.inviteName}</label>
              <input id="invite-name" name="name" defaultValue={invitation.name} required maxLength={120} autoComplete="name" />
              <FieldError name="name" />
            </div>
            <PasswordFields newLabel={p.newPassword} repeatLabel={p.repeatPassword} />
          </SetPasswordForm>
        </>
      ) : (
        <p className="notice error" role="alert">
          {p.inviteExpired}
        </p>
      )}
    </div>
  );
}
