// A source's last error in the reader's language. The poller writes its sentences in English
// (they go to the log and the command line too); /sources shows them in Norwegian by the
// sentence forms the poller uses (lib/sources/polite-fetch.ts, read-source.ts, poll.ts,
// apply-entries.ts). A sentence of another form is shown as it is.
import type { Locale } from "./locale";

const NORWEGIAN: [RegExp, string][] = [
  [/(\S+) did not answer within (\d+) s\./g, "$1 svarte ikke innen $2 s."],
  [/(\S+) could not be found \(no internet connection\?\)\./g, "Fant ikke $1 (ingen internettforbindelse?)."],
  [/(\S+) refused the connection\./g, "$1 avviste tilkoblingen."],
  [/(\S+) closed the connection\./g, "$1 lukket tilkoblingen."],
  [/(\S+) could not be reached( \([^)]*\))?\./g, "Fikk ikke kontakt med $1$2."],
  [/(\S+) answered (\d{3}) for (\S*)\./g, "$1 svarte $2 for $3."],
  [/(\S+) sent more than (\d+) MB for (\S*); it was not read\./g, "$1 sendte mer enn $2 MB for $3; det ble ikke lest."],
  [
    /The server answered (\d{3}); Fristvakt waits longer before asking again\./g,
    "Serveren svarte $1; Fristvakt venter lenger før den spør igjen.",
  ],
  [
    /The server answered (\d{3}) while pages were read; the rest waits for the next poll\./g,
    "Serveren svarte $1 mens sidene ble lest; resten venter til neste henting.",
  ],
  [
    /None of the (\d+) pages read had a date; the site's layout may have changed\./g,
    "Ingen av de $1 sidene som ble lest, hadde en dato; nettstedet kan ha fått nytt oppsett.",
  ],
  [/No date could be read for (.+?); the items were kept as they were\./g, "Fant ingen dato for $1; sakene ble beholdt som de var."],
  [/(".+?") could not be saved: /g, "$1 kunne ikke lagres: "],
  [/The page of (".+?") could not be read: /g, "Siden til $1 kunne ikke leses: "],
  [/(".+?") has no link\./g, "$1 har ingen lenke."],
  [/The poll stopped: /g, "Hentingen stoppet: "],
];

export function localizeSourceError(message: string, locale: Locale): string {
  if (locale !== "nb") return message;
  return NORWEGIAN.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}
