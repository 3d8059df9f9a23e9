// Addresses of feeds and the links that hand them to calendar apps. Pure, so the subscribe
// page, the actor and topic pages and the tests build them the same way.
import type { FeedFilter } from "./feed-scope";

/**
 * The shortest path for a filter: /feeds/all.ics, /feeds/actor/jd.ics when it names exactly
 * one actor (or topic, or kind) and nothing else, else /feeds/calendar.ics?actor=a,b&kind=c.
 * Slugs and kinds are [a-z0-9_-], so the commas need no escaping.
 */
export function feedPath(filter: FeedFilter): string {
  const kinds = filter.kinds.map((kind) => kind.toLowerCase());
  const lists: [string, string[]][] = [
    ["actor", filter.actors],
    ["topic", filter.topics],
    ["kind", kinds],
  ];
  const used = lists.filter(([, values]) => values.length > 0);
  if (used.length === 0) return "/feeds/all.ics";
  if (used.length === 1 && used[0][1].length === 1) return `/feeds/${used[0][0]}/${used[0][1][0]}.ics`;
  return `/feeds/calendar.ics?${used.map(([key, values]) => `${key}=${values.join(",")}`).join("&")}`;
}

export function itemCalendarPath(id: string): string {
  return `/items/${id}/calendar.ics`;
}

export function itemPageUrl(baseUrl: string, id: string): string {
  return `${baseUrl}/items/${id}`;
}

export interface SubscribeLinks {
  /** The plain address, for copying into any calendar app. */
  url: string;
  /** Opens the calendar app that handles webcal: on the device (Apple Calendar, Outlook). */
  webcal: string;
  google: string;
  /** Outlook.com, for personal Microsoft accounts. */
  outlook: string;
  /** Outlook on the web for work and school accounts (Microsoft 365). */
  outlookOffice: string;
}

/** The links that subscribe to `url` (an absolute http(s) address) in the common calendar apps. */
export function subscribeLinks(url: string, name: string): SubscribeLinks {
  const webcal = url.replace(/^https?:/, "webcal:");
  return {
    url,
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=${encodeURIComponent(name)}`,
    outlookOffice: `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=${encodeURIComponent(name)}`,
  };
}
