// The weekly digest in the member's language: three short lists with links. Pure.
import { itemPageUrl } from "../feeds/feed-urls";
import { formatDate, formatDateShort } from "../i18n/format";
import { formatItemWhen } from "../i18n/item-text";
import { getMessages, interpolate } from "../i18n/messages";
import type { ItemView } from "../model/item";
import { greetingFor } from "../mail/greeting";
import { renderEmail, type EmailBlock, type EmailContent } from "../mail/email-layout";
import { countdownTo, profileUrl, type RenderContext } from "./render-reminder";
import type { DueDigest } from "./types";

function entryText(item: ItemView, digest: DueDigest, context: RenderContext): string {
  const locale = digest.member.locale;
  const when = item.deadline
    ? `${formatDateShort(item.deadline, locale)} (${countdownTo(item.deadline, context.now, locale, item.kind)})`
    : formatItemWhen(item, locale);
  const reference = item.reference ? ` (${item.reference})` : "";
  return `${when}: ${item.title}${reference} – ${item.actor.shortName}`;
}

export function renderDigestEmail(digest: DueDigest, context: RenderContext): EmailContent {
  const { member } = digest;
  const m = getMessages(member.locale);
  const e = m.reminders.email;
  const date = formatDate(digest.digestOn, member.locale);
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: greetingFor(member, e) },
    { type: "paragraph", text: interpolate(e.digestLead, { organisation: member.organisationName, date }) },
  ];
  const sections: [string, ItemView[]][] = [
    [e.closingSoon, digest.closingSoon],
    [e.newItems, digest.newItems],
    [e.overdue, digest.overdue],
  ];
  for (const [heading, items] of sections) {
    if (items.length === 0) continue;
    blocks.push({ type: "heading", text: heading });
    blocks.push({
      type: "list",
      entries: items.map((item) => ({ text: entryText(item, digest, context), url: itemPageUrl(context.baseUrl, item.id) })),
    });
  }
  const quiet = digest.quietSources ?? [];
  if (quiet.length > 0) {
    blocks.push({ type: "heading", text: e.quietSources });
    blocks.push({
      type: "list",
      entries: quiet.map((source) => ({
        text: source.lastError ? `${source.name}: ${source.lastError}` : source.name,
        url: `${context.baseUrl}/sources`,
      })),
    });
  }
  blocks.push({ type: "link", label: e.myDeadlines, url: `${context.baseUrl}/my` });
  const footer = {
    why: e.whyDigest,
    links: [
      { label: e.settings, url: profileUrl(context.baseUrl) },
      { label: e.unsubscribeDigest, url: context.unsubscribeUrl },
    ],
  };
  return renderEmail(interpolate(e.digestSubject, { date }), blocks, footer, member.locale);
}
