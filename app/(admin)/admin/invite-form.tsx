import type { Messages } from "@/lib/i18n/messages";
import { ActionForm } from "../../_components/action-form";
import { inviteUserAction } from "./actions";

interface InviteFormProps {
  organisations: { id: string; name: string }[];
  roles: { value: string; label: string }[];
  m: Messages;
}

/** A new user by invitation: the admin never types or sees anyone's password. */
export function InviteForm({ organisations, roles, m }: InviteFormProps) {
  const a = m.account.admin;
  return (
    <ActionForm action={inviteUserAction} submitLabel={a.invite} className="stack-form" isResetOnSuccess>
      <div className="field">
        <label htmlFor="user-name">{a.name}</label>
        <input id="user-name" name="name" required maxLength={120} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="user-email">{a.email}</label>
        <input id="user-email" name="email" type="email" required autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="user-role">{a.role}</label>
        <select id="user-role" name="role" defaultValue="MEMBER">
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="user-organisation">{a.organisation}</label>
        <select id="user-organisation" name="organisationId" defaultValue="">
          <option value="">{a.noOrganisation}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}
