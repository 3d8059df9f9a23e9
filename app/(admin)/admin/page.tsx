import type { Metadata } from "next";
import { ROLES } from "@/lib/auth/viewer-types";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { listOrganisations, listUsers } from "@/lib/organisations/queries";
import { ActionForm } from "../../_components/action-form";
import { requirePageViewer } from "../../_components/page-access";
import { createOrganisationAction, createUserAction, setUserDisabledAction, setUserRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.admin.title };
}

export default async function AdminPage() {
  const viewer = await requirePageViewer("/admin", ["ADMIN"]);
  const { m } = await getI18n();
  const a = m.account.admin;
  const db = getDb();
  const [organisations, users] = await Promise.all([listOrganisations(db, viewer), listUsers(db, viewer)]);
  return (
    <>
      <h1>{a.title}</h1>
      <section aria-labelledby="organisations-title" className="dashboard-section">
        <h2 id="organisations-title">{a.organisations}</h2>
        <ul className="plain-list">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              {organisation.name} {organisation.isResponsesPublic && <span className="muted">· {a.shares}</span>}
            </li>
          ))}
        </ul>
        <h3>{a.newOrganisation}</h3>
        <ActionForm action={createOrganisationAction} submitLabel={a.create} className="filter-form">
          <div className="field field-wide">
            <label htmlFor="organisation-name">{a.organisationName}</label>
            <input id="organisation-name" name="name" required maxLength={120} />
          </div>
          <div className="field checkbox">
            <label>
              <input type="checkbox" name="isResponsesPublic" /> {a.shares}
            </label>
          </div>
        </ActionForm>
      </section>
      <section aria-labelledby="users-title" className="dashboard-section">
        <h2 id="users-title">{a.users}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{a.name}</th>
              <th scope="col">{a.email}</th>
              <th scope="col">{a.organisation}</th>
              <th scope="col">{a.role}</th>
              <th scope="col">
                <span className="visually-hidden">{a.disable}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.disabledAt ? "is-disabled" : undefined}>
                <td>
                  {user.name} {user.disabledAt && <span className="muted">({a.disabled})</span>}
                </td>
                <td>{user.email}</td>
                <td>{user.organisationName ?? "–"}</td>
                <td>
                  <ActionForm action={setUserRoleAction} submitLabel={a.setRole} className="inline-form" isSecondary>
                    <input type="hidden" name="userId" value={user.id} />
                    <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                      {a.role}
                    </label>
                    <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {m.account.roles[role]}
                        </option>
                      ))}
                    </select>
                  </ActionForm>
                </td>
                <td>
                  {user.id !== viewer.userId && (
                    <ActionForm action={setUserDisabledAction} submitLabel={user.disabledAt ? a.enable : a.disable} className="inline-form" isSecondary>
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="disable" value={user.disabledAt ? "false" : "true"} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{a.newUser}</h3>
        <ActionForm action={createUserAction} submitLabel={a.create} className="stack-form">
          <div className="field">
            <label htmlFor="user-name">{a.name}</label>
            <input id="user-name" name="name" required maxLength={120} />
          </div>
          <div className="field">
            <label htmlFor="user-email">{a.email}</label>
            <input id="user-email" name="email" type="email" required />
          </div>
          <div className="field">
            <label htmlFor="user-password">{a.password}</label>
            <input id="user-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
          </div>
          <div className="field">
            <label htmlFor="user-role">{a.role}</label>
            <select id="user-role" name="role" defaultValue="MEMBER">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {m.account.roles[role]}
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
      </section>
    </>
  );
}
