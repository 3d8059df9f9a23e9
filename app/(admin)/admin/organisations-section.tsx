import type { Messages } from "@/lib/i18n/messages";
import type { OrganisationView } from "@/lib/organisations/types";
import { ActionForm } from "../../_components/action-form";
import { createOrganisationAction, renameOrganisationAction, setOrganisationSharingAction } from "./actions";

type Translate = (template: string, values?: Record<string, string | number>) => string;

/** Each organisation's name and sharing, each saved on its own, and a form for a new one. */
export function OrganisationsSection({ organisations, m, t }: { organisations: OrganisationView[]; m: Messages; t: Translate }) {
  const a = m.account.admin;
  return (
    <section aria-labelledby="organisations-title" className="dashboard-section">
      <h2 id="organisations-title">{a.organisations}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{a.organisationName}</th>
              <th scope="col">{a.sharing}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <td>
                  <ActionForm action={renameOrganisationAction} submitLabel={a.rename} className="inline-form" isSecondary>
                    <input type="hidden" name="organisationId" value={organisation.id} />
                    <label className="visually-hidden" htmlFor={`organisation-name-${organisation.id}`}>
                      {t(a.nameOf, { name: organisation.name })}
                    </label>
                    <input
                      id={`organisation-name-${organisation.id}`}
                      key={organisation.name}
                      name="name"
                      defaultValue={organisation.name}
                      required
                      maxLength={120}
                    />
                  </ActionForm>
                </td>
                <td>
                  <ActionForm action={setOrganisationSharingAction} submitLabel={a.saveSharing} className="inline-form" isSecondary>
                    <input type="hidden" name="organisationId" value={organisation.id} />
                    <label>
                      <input
                        type="checkbox"
                        name="isResponsesPublic"
                        key={String(organisation.isResponsesPublic)}
                        defaultChecked={organisation.isResponsesPublic}
                        aria-label={t(a.sharingOf, { name: organisation.name })}
                      />{" "}
                      {a.shares}
                    </label>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{a.newOrganisation}</h3>
      <ActionForm action={createOrganisationAction} submitLabel={a.create} className="filter-form" isResetOnSuccess>
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
  );
}
