// A reminder e-mail in the member's language: what closes when, the organisation's status,
// and links into Fristvakt. Pure: the scheduler renders once and stores the result.
import { daysBetween, osloToday } from "../deadlines";
import { itemPageUrl } from "../feeds/feed-urls";
import { formatCountdown, formatDate } from "../i18n/format";
import { getMessages, interpolate } from "../i18n/messages";
import type { CalendarDate, ItemView } from "../model/item";
import { RESPONSE_STATUS_LABELS } from "../responses/labels";
import { greetingFor } from "../mail/greeting";
import { renderEmail, type EmailBlock, type EmailContent } from "../mail/email-layout";
import type { DueReminder } from "./types";

export interface RenderContext {
  /** FRISTVAKT_PUBLIC_URL, without a trailing slash. */
  baseUrl: string;
  /** The signed link that stops this kind of e-mail. */
  unsubscribeUrl: string;
  now: Date;
}

/** "om 3 dager", "i morgen", "i dag": counted in Oslo days from `now` to `date`. */
export function countdownTo(date: CalendarDate, now: Date, locale: "nb" | "en", kind: ItemView["kind"]): string {
  const days = daysBetween(osloToday(now), date);
  return formatCountdown({ unit: "days", days: Math.abs(days), phase: days === 0 ? "today" : days > 0 ? "before" : "after" }, kind, locale);
}

export function profileUrl(baseUrl: string): string {
  return `${baseUrl}/profile`;
}

export function renderReminderEmail(reminder: DueReminder, context: RenderContext): EmailContent {
  const { member, item } = reminder;
  const locale = member.locale;
  const m = getMessages(locale);
  const e = m.reminders.email;
  const isInternal = reminder.kind === "INTERNAL_REMINDER";
  const values = {
    title: item.title,
    date: formatDate(reminder.dueOn, locale),
    countdown: countdownTo(reminder.dueOn, context.now, locale, item.kind),
    deadline: item.deadline ? formatDate(item.deadline, locale) : "",
    organisation: member.organisationName,
  };
  const lead = interpolate(isInternal ? e.internalLead : e.reminderLead, values);
  const status = reminder.responseStatus
    ? interpolate(e.responseStatus, {
        organisation: member.organisationName,
        status: RESPONSE_STATUS_LABELS[locale][reminder.responseStatus],
      })
    : interpolate(e.noResponse, values);
  const facts = [
    `${e.kind}: ${m.kind[item.kind]}`,
    item.reference ? `${e.reference}: ${item.reference}` : null,
    `${e.issuer}: ${item.actor.name}`,
  ].filter((line): line is string => line !== null);
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: greetingFor(member, e) },
    { type: "paragraph", text: lead },
    { type: "paragraph", text: status },
    { type: "paragraph", text: facts.join("\n") },
    { type: "link", label: e.open, url: itemPageUrl(context.baseUrl, item.id) },
  ];
  const subject = interpolate(isInternal ? e.internalSubject : e.reminderSubject, values);
  const footer = {
    why: e.whyReminder,
    links: [
      { label: e.settings, url: profileUrl(context.baseUrl) },
      { label: e.unsubscribeReminders, url: context.unsubscribeUrl },
    ],
  };
  return renderEmail(subject, blocks, footer, locale);
}
