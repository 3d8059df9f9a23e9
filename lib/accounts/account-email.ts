// The e-mails of account self-service: a password reset link and an admin's invitation, in
// the recipient's language. Pure: the link is built from the public address, never from the
// request's Host, which a client can set to send someone a link to another site.
import { getMessages, interpolate } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { greetingFor } from "../mail/greeting";
import { renderEmail, type EmailContent } from "../mail/email-layout";
import { INVITATION_VALID_DAYS } from "../auth/account-tokens";

export const resetPasswordUrl = (baseUrl: string, token: string) => `${baseUrl}/reset-password/${token}`;
export const invitationUrl = (baseUrl: string, token: string) => `${baseUrl}/invite/${token}`;

export interface AccountEmailPerson {
  email: string;
  name: string;
}

export function renderPasswordResetEmail(person: AccountEmailPerson, token: string, baseUrl: string, locale: Locale): EmailContent {
  const e = getMessages(locale).account.accountEmail;
  return renderEmail(
    e.resetSubject,
    [
      { type: "paragraph", text: greetingFor(person, e) },
      { type: "paragraph", text: interpolate(e.resetLead, { email: person.email }) },
      { type: "link", label: e.resetLink, url: resetPasswordUrl(baseUrl, token) },
      { type: "paragraph", text: e.resetValid },
    ],
    { why: e.resetWhy, links: [] },
    locale,
  );
}

export function renderInvitationEmail(
  person: AccountEmailPerson,
  invitation: { adminName: string; organisationName: string | null },
  token: string,
  baseUrl: string,
  locale: Locale,
): EmailContent {
  const e = getMessages(locale).account.accountEmail;
  const lead = invitation.organisationName
    ? interpolate(e.inviteLead, { admin: invitation.adminName, organisation: invitation.organisationName })
    : interpolate(e.inviteLeadNoOrganisation, { admin: invitation.adminName });
  return renderEmail(
    e.inviteSubject,
    [
      { type: "paragraph", text: greetingFor(person, e) },
      { type: "paragraph", text: lead },
      { type: "link", label: e.inviteLink, url: invitationUrl(baseUrl, token) },
      { type: "paragraph", text: interpolate(e.inviteValid, { days: INVITATION_VALID_DAYS, email: person.email }) },
    ],
    { why: e.inviteWhy, links: [] },
    locale,
  );
}
