import { itemCalendarLinks } from "@/lib/feeds/item-calendar-links";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import type { I18n } from "@/lib/auth/viewer-i18n";
import type { ItemView } from "@/lib/model/item";

/** "Legg til i kalender": this one item in Google Calendar, Outlook, or any app through its .ics file. */
export function AddToCalendar({ item, i18n }: { item: ItemView; i18n: I18n }) {
  const links = itemCalendarLinks(item, publicBaseUrlFromEnv());
  if (!links) return null;
  const c = i18n.m.work.calendar;
  return (
    <section aria-labelledby="add-to-calendar-title" className="add-to-calendar">
      <h2 id="add-to-calendar-title">{c.itemTitle}</h2>
      <ul className="inline-links">
        <li>
          <a href={links.google} rel="noopener noreferrer">
            {c.itemGoogle}
          </a>
        </li>
        <li>
          <a href={links.outlook} rel="noopener noreferrer">
            {c.itemOutlookLive}
          </a>
        </li>
        <li>
          <a href={links.outlookOffice} rel="noopener noreferrer">
            {c.itemOutlookOffice}
          </a>
        </li>
        <li>
          <a href={links.ics} download>
            {c.itemIcs}
          </a>
        </li>
      </ul>
    </section>
  );
}
