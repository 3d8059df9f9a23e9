// The organisation's responses as CSV that Excel opens with æøå intact: UTF-8 with a byte
// order mark (without it Excel reads the file as Windows-1252), CRLF line ends, and fields
// quoted per RFC 4180. Semicolons by default, since Norwegian Excel expects them. No
// "sep=" line: Excel ignores the byte order mark when one is present. Pure.
import { osloToday } from "../deadlines";
import type { Locale } from "../i18n/locale";
import { getMessages } from "../i18n/messages";
import { RESPONSE_STATUS_LABELS } from "./labels";
import type { ItemWithResponse } from "./types";

export type CsvSeparator = ";" | ",";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
const BOM = "\uFEFF";

const HEADERS: Record<Locale, string[]> = {
  nb: [
    "Tittel",
    "Type",
    "Aktør",
    "Referanse",
    "Frist",
    "Status",
    "Besvart dato",
    "Lenke til svar",
    "Notat",
    "Intern frist",
    "Sist endret av",
    "Sist endret",
  ],
  en: [
    "Title",
    "Kind",
    "Actor",
    "Reference",
    "Deadline",
    "Status",
    "Answered on",
    "Answer link",
    "Note",
    "Internal deadline",
    "Last changed by",
    "Last changed",
  ],
};

// A cell starting with one of these runs as a formula in a spreadsheet; a leading
// apostrophe keeps it text (OWASP's advice against CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised against formulas and quoted when it holds a quote, the separator, a line break or edge spaces. */
export function escapeCsvField(value: string, separator: CsvSeparator): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = /["\r\n]/.test(text) || text.includes(separator) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | null)[][], separator: CsvSeparator = ";"): string {
  const lines = rows.map((row) => row.map((field) => escapeCsvField(field ?? "", separator)).join(separator));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** The export: one row per response, dates as YYYY-MM-DD (which Excel reads as dates). */
export function toResponsesCsv(entries: ItemWithResponse[], options: { separator?: CsvSeparator; locale?: Locale } = {}): string {
  const locale = options.locale ?? "nb";
  const kinds = getMessages(locale).kind;
  const rows = entries.flatMap(({ item, response }) =>
    response
      ? [
          [
            item.title,
            kinds[item.kind],
            item.actor.shortName,
            item.reference,
            item.deadline ?? item.startOn,
            RESPONSE_STATUS_LABELS[locale][response.status],
            response.answeredOn,
            response.answerUrl,
            response.note,
            response.internalDeadline,
            response.updatedByName,
            osloToday(response.updatedAt),
          ],
        ]
      : [],
  );
  return toCsv([HEADERS[locale], ...rows], options.separator ?? ";");
}

/** A file name for the download, e.g. "fristvakt-svar-kirkens-bymisjon-2025-01-10.csv". */
export function responsesCsvFileName(organisationSlug: string, now: Date): string {
  return `fristvakt-svar-${organisationSlug}-${osloToday(now)}.csv`;
}
