import type { subscribeLinks } from "@/lib/feeds/feed-urls";

export interface SubscribeLinkLabels {
  webcal: string;
  google: string;
  outlookLive: string;
  outlookOffice: string;
  /** The .ics file itself, for apps that only import; left out where the address is secret. */
  download?: string;
}

/** The one-click ways to subscribe to a feed: any calendar app (webcal), Google, Outlook.com, Outlook for work. */
export function SubscribeLinkList({ links, labels }: { links: ReturnType<typeof subscribeLinks>; labels: SubscribeLinkLabels }) {
  return (
    <ul className="link-list">
      <li>
        <a href={links.webcal}>{labels.webcal}</a>
      </li>
      <li>
        <a href={links.google} rel="noopener noreferrer">
          {labels.google}
        </a>
      </li>
      <li>
        <a href={links.outlook} rel="noopener noreferrer">
          {labels.outlookLive}
        </a>
      </li>
      <li>
        <a href={links.outlookOffice} rel="noopener noreferrer">
          {labels.outlookOffice}
        </a>
      </li>
      {labels.download && (
        <li>
          <a href={links.url} download>
            {labels.download}
          </a>
        </li>
      )}
    </ul>
  );
}
