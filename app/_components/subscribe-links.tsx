import type { Locale } from "@/lib/i18n/locale";
import { getMessages, interpolate } from "@/lib/i18n/messages";
import { subscribeLinks } from "@/lib/feeds/feed-urls";
import { CopyButton } from "./copy-button";
import { SubscribeLinkList } from "./subscribe-link-list";

interface SubscribeLinksProps {
  /** Absolute address of the feed. */
  url: string;
  /** The calendar's own (Norwegian) name, which Outlook shows. */
  name: string;
  locale: Locale;
}

/** One feed's address with the one-click ways to subscribe, and why subscribing beats importing. */
export function SubscribeLinks({ url, name, locale }: SubscribeLinksProps) {
  const m = getMessages(locale);
  const links = subscribeLinks(url, name);
  return (
    <div className="subscribe-links">
      <p>{interpolate(m.subscribe.feedName, { name })}</p>
      <div className="field field-wide">
        <label htmlFor="feed-url">{m.subscribe.url}</label>
        <div className="copy-row">
          <input id="feed-url" type="url" readOnly value={links.url} />
          <CopyButton text={links.url} label={m.subscribe.copy} copied={m.subscribe.copied} failed={m.subscribe.copyFailed} />
        </div>
      </div>
      <SubscribeLinkList
        links={links}
        labels={{
          webcal: m.subscribe.webcal,
          google: m.subscribe.google,
          outlookLive: m.work.calendar.outlookLive,
          outlookOffice: m.work.calendar.outlookOffice,
          download: m.subscribe.download,
        }}
      />
      <p className="muted">
        {m.subscribe.explainSubscribe} {m.subscribe.explainImport}
      </p>
    </div>
  );
}
