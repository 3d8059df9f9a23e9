import "server-only";
import type { Metadata } from "next";
import { ADMIN_ROLES } from "@/lib/auth/access";
import { ROLES } from "@/lib/auth/viewer-types";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listOrganisations, listUsers } from "@/lib/organisations/queries";
import { requirePageViewer, titleForRoles } from "../../_components/page-access";
import { OrganisationsSection } from "./organisations-section";
import { InviteForm } from "./invite-form";
import { UserRow } from "./user-row";

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ADMIN_ROLES, (m) => m.account.admin.title);
}

export default async function AdminPage() {
  const viewer = await requirePageViewer("/admin", ADMIN_ROLES);
  const { m, t } = await getI18n();
  const a = m.account.admin;
  const db = getDb();
  const [organisations, users] = await Promise.all([listOrganisations(db, viewer), listUsers(db, viewer)]);
  const choices = organisations.map(({ id, name }) => ({ id, name }));
  return (
    <>
      <h1>{a.title}</h1>
      <OrganisationsSection organisations={organisations} m={m} t={t} />
      <section aria-labelledby="users-title" className="dashboard-section">
        <h2 id="users-title">{a.users}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{a.name}</th>
                <th scope="col">{a.organisation}</th>
                <th scope="col">{a.role}</th>
                <th scope="col">{a.status}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === viewer.userId} organisations={choices} m={m} t={t} />
              ))}
            </tbody>
          </table>
        </div>
        <h3>{a.newUser}</h3>
        <p>{a.inviteIntro}</p>
        <InviteForm organisations={choices} roles={ROLES.map((role) => ({ value: role, label: m.account.roles[role] }))} m={m} />
      </section>
    </>
  );
}
