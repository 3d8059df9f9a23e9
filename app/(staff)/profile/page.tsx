import "server-only";
import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listActorOptions, listTopicOptions } from "@/lib/actors/queries";
import { ITEM_KINDS } from "@/lib/model/item";
import { hasPassword } from "@/lib/accounts/my-account-queries";
import { getMyOrganisation } from "@/lib/organisations/queries";
import { getMyReminderPreferences } from "@/lib/reminders/preferences";
import { ActionForm } from "../../_components/action-form";
import { Choices } from "../../_components/choices";
import { requirePageViewer } from "../../_components/page-access";
import { FieldError } from "../../_components/field-error";
import { AccountSection } from "./account-section";
import { saveReminderPreferencesAction } from "./actions";
import { SignOutEverywhere } from "./sign-out-everywhere";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.reminders.profile.title };
}

export default async function ProfilePage() {
  const viewer = await requirePageViewer("/profile");
  const { m, t, locale } = await getI18n();
  const p = m.reminders.profile;
  const db = getDb();
  const organisation = await getMyOrganisation(db, viewer);
  const account = <AccountSection name={viewer.name} hasPassword={await hasPassword(db, viewer)} m={m} t={t} />;
  if (!organisation) {
    return (
      <>
        <h1>{p.title}</h1>
        {account}
        <p>{p.noOrganisation}</p>
        <SignOutEverywhere labels={m.account.sessions} />
      </>
    );
  }
  const [settings, actors, topics] = await Promise.all([
    getMyReminderPreferences(db, viewer),
    listActorOptions(db),
    listTopicOptions(db, locale),
  ]);
  const kinds = ITEM_KINDS.map((kind) => ({ slug: kind, label: m.kindPlural[kind], title: m.kindPlural[kind] }));
  return (
    <>
      <h1>{p.title}</h1>
      {account}
      <h2>{m.account.profileAccount.emailTitle}</h2>
      <p className="lead">{t(p.intro, { email: viewer.email, organisation: organisation.name })}</p>
      <ActionForm
        action={saveReminderPreferencesAction}
        submitLabel={p.save}
        className="stack-form preferences-form"
        inlineFields={["daysBefore", "digestWeekday", "digestTime", "actorSlugs", "topicSlugs", "kinds"]}
      >
        <fieldset className="choices">
          <legend>{p.reminders}</legend>
          <label>
            <input type="checkbox" name="isRemindersOn" defaultChecked={settings.isRemindersOn} /> {p.isRemindersOn}
          </label>
          <div className="field">
            <label htmlFor="days-before">{p.daysBefore}</label>
            <input
              id="days-before"
              name="daysBefore"
              defaultValue={settings.daysBefore.join(", ")}
              inputMode="numeric"
              aria-describedby="days-before-hint"
            />
            <span id="days-before-hint" className="hint">
              {p.daysBeforeHint}
            </span>
            <FieldError name="daysBefore" />
          </div>
          <label>
            <input type="checkbox" name="isInternalDeadlineReminderOn" defaultChecked={settings.isInternalDeadlineReminderOn} />{" "}
            {p.isInternalDeadlineReminderOn}
          </label>
        </fieldset>
        <fieldset className="choices">
          <legend>{p.digest}</legend>
          <label>
            <input type="checkbox" name="isDigestOn" defaultChecked={settings.isDigestOn} /> {p.isDigestOn}
          </label>
          <div className="field">
            <label htmlFor="digest-weekday">{p.digestWeekday}</label>
            <select id="digest-weekday" name="digestWeekday" defaultValue={String(settings.digestWeekday)}>
              {m.reminders.weekdays.map((name, index) => (
                <option key={name} value={index + 1}>
                  {name}
                </option>
              ))}
            </select>
            <FieldError name="digestWeekday" />
          </div>
          <div className="field">
            <label htmlFor="digest-time">{p.digestTime}</label>
            <input id="digest-time" name="digestTime" type="time" step={60} defaultValue={settings.digestTime} />
            <FieldError name="digestTime" />
          </div>
        </fieldset>
        <h2>{p.filters}</h2>
        <p className="hint">{p.filtersHint}</p>
        <Choices name="actorSlugs" legend={p.actors} options={actors} chosen={settings.actorSlugs} collation={locale} />
        <FieldError name="actorSlugs" />
        <Choices name="topicSlugs" legend={p.topics} options={topics} chosen={settings.topicSlugs} />
        <FieldError name="topicSlugs" />
        <Choices name="kinds" legend={p.kinds} options={kinds} chosen={settings.kinds} />
        <FieldError name="kinds" />
      </ActionForm>
      <SignOutEverywhere labels={m.account.sessions} />
    </>
  );
}
