import type { Messages } from "@/lib/i18n/messages";
import { ActionForm } from "../../_components/action-form";
import { FieldError } from "../../_components/field-error";
import { changeMyPasswordAction, updateMyNameAction } from "./actions";

type Translate = (template: string, values?: Record<string, string | number>) => string;

/** One's own name and password. */
export function AccountSection({ name, hasPassword, m, t }: { name: string; hasPassword: boolean; m: Messages; t: Translate }) {
  const a = m.account.profileAccount;
  return (
    <section aria-labelledby="account-title" className="dashboard-section">
      <h2 id="account-title">{a.title}</h2>
      <ActionForm action={updateMyNameAction} submitLabel={a.saveName} className="stack-form" inlineFields={["name"]}>
        <div className="field">
          <label htmlFor="my-name">{a.name}</label>
          <input id="my-name" name="name" defaultValue={name} key={name} required maxLength={120} autoComplete="name" />
          <FieldError name="name" />
        </div>
      </ActionForm>
      <h3>{a.passwordTitle}</h3>
      <ActionForm
        action={changeMyPasswordAction}
        submitLabel={a.savePassword}
        className="stack-form"
        isResetOnSuccess
        inlineFields={["currentPassword", "password", "repeatPassword"]}
      >
        {hasPassword ? (
          <div className="field">
            <label htmlFor="current-password">{a.currentPassword}</label>
            <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
            <FieldError name="currentPassword" />
          </div>
        ) : (
          <p className="hint">{t(a.noCurrentPassword, { provider: "OpenID Connect" })}</p>
        )}
        <div className="field">
          <label htmlFor="new-password">{a.newPassword}</label>
          <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={10} maxLength={200} required />
          <FieldError name="password" />
        </div>
        <div className="field">
          <label htmlFor="repeat-password">{a.repeatPassword}</label>
          <input
            id="repeat-password"
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            minLength={10}
            maxLength={200}
            required
          />
          <FieldError name="repeatPassword" />
        </div>
      </ActionForm>
    </section>
  );
}
