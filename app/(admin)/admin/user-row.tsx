import { ROLES } from "@/lib/auth/viewer-types";
import type { Messages } from "@/lib/i18n/messages";
import type { UserView } from "@/lib/organisations/types";
import { ActionForm } from "../../_components/action-form";
import { ConfirmActionForm } from "../../_components/confirm-action-form";
import { moveUserAction, resendInvitationAction, setUserDisabledAction, setUserRoleAction } from "./actions";

type Translate = (template: string, values?: Record<string, string | number>) => string;

interface UserRowProps {
  user: UserView;
  isSelf: boolean;
  organisations: { id: string; name: string }[];
  m: Messages;
  t: Translate;
}

/**
 * One user: organisation, role and status, each changed on its own. Selects are keyed by the
 * saved value, so after any save the row shows what is stored, not what was last clicked.
 */
export function UserRow({ user, isSelf, organisations, m, t }: UserRowProps) {
  const a = m.account.admin;
  return (
    <tr className={user.disabledAt ? "is-disabled" : undefined}>
      <td>
        {user.name} {user.disabledAt && <span className="muted">({a.disabled})</span>}
        <br />
        <span className="muted">{user.email}</span>
        {!user.hasPassword && !user.disabledAt && <span className="muted"> · {a.invitationPending}</span>}
      </td>
      <td>
        <ActionForm action={moveUserAction} submitLabel={a.move} className="inline-form" isSecondary>
          <input type="hidden" name="userId" value={user.id} />
          <label className="visually-hidden" htmlFor={`organisation-${user.id}`}>
            {t(a.organisationOf, { name: user.name })}
          </label>
          <select
            id={`organisation-${user.id}`}
            key={user.organisationId ?? ""}
            name="organisationId"
            defaultValue={user.organisationId ?? ""}
          >
            <option value="">{a.noOrganisation}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </ActionForm>
      </td>
      <td>
        <ActionForm action={setUserRoleAction} submitLabel={a.setRole} className="inline-form" isSecondary>
          <input type="hidden" name="userId" value={user.id} />
          <label className="visually-hidden" htmlFor={`role-${user.id}`}>
            {t(a.roleOf, { name: user.name })}
          </label>
          <select id={`role-${user.id}`} key={user.role} name="role" defaultValue={user.role}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {m.account.roles[role]}
              </option>
            ))}
          </select>
        </ActionForm>
      </td>
      <td>
        {isSelf ? (
          a.active
        ) : user.disabledAt ? (
          <ActionForm action={setUserDisabledAction} submitLabel={a.enable} className="inline-form" isSecondary>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disable" value="false" />
          </ActionForm>
        ) : (
          <>
            <ConfirmActionForm
              action={setUserDisabledAction}
              label={a.disable}
              question={t(a.disableQuestion, { name: user.name })}
              confirmLabel={a.confirmDisable}
              cancelLabel={a.cancel}
            >
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="disable" value="true" />
            </ConfirmActionForm>
            {!user.hasPassword && (
              <ActionForm action={resendInvitationAction} submitLabel={a.resendInvite} className="inline-form" isSecondary>
                <input type="hidden" name="userId" value={user.id} />
              </ActionForm>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
