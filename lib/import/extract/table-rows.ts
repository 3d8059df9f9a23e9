// Tables copied from a web page arrive one cell per line: "Sted", "Dato", "Lokale", then
// "Bergen", "23. september", "Scandic Ørnen", and so on. Such a run of lines is turned into
// one line per row with each cell named by its column ("Sted: Bergen Dato: 23. september
// Lokale: Scandic Ørnen"), so each row reads as the event it describes.
const COLUMN =
  /^(?:sted|stad|dato|tid|tidspunkt|klokkeslett|lokale|by|kommune|fylke|tema|målgruppe|påmeldingsfrist|frist|arrangement|kurs|adresse|pris|date|time|venue|place|city|topic|event)$/i;
const DATE_COLUMN = /^(?:dato|tid|tidspunkt|date|time)$/i;
const MAX_CELL_WORDS = 8;

/** The rows of a table written one cell per line, or null when the lines are no such table. */
export function tableRows(lines: string[]): string[] | null {
  const cells = lines.map((l) => l.trim()).filter(Boolean);
  let columns = 0;
  while (columns < cells.length && columns < 6 && COLUMN.test(cells[columns])) columns++;
  if (columns < 2 || !cells.slice(0, columns).some((c) => DATE_COLUMN.test(c))) return null;
  const body = cells.slice(columns);
  if (body.length === 0 || body.length % columns !== 0) return null;
  if (body.some((cell) => cell.split(/\s+/).length > MAX_CELL_WORDS)) return null;
  const rows: string[] = [];
  for (let i = 0; i < body.length; i += columns) {
    rows.push(
      cells
        .slice(0, columns)
        .map((column, c) => `${column}: ${body[i + c]}`)
        .join(" "),
    );
  }
  return rows;
}

/**
 * Lines that each name a thing and its day, with no full stop between them ("Høring nr. 12 om
 * … , høringsfrist 1. mars 2025" on one line, the next hearing on the next): one entry per line.
 * Lines a PDF broke inside a sentence rarely all hold a date and all start with a capital.
 */
export function datedEntryLines(lines: string[], hasDate: (line: string) => boolean): string[] | null {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  if (kept.length < 3) return null;
  const isEntry = (line: string) => /^[\p{Lu}\d«"]/u.test(line) && !/[-–,]$/.test(line) && hasDate(line);
  return kept.every(isEntry) ? kept : null;
}

/**
 * Lines that each begin with a day ("Tirsdag 9. september kl. 14.00: Samtaler med ungdom",
 * "Torsdag 16. oktober kl. 17.00 på Deichman Stovner"): a list of events, one per line, even
 * without bullets. Null when the lines are not all like that.
 */
export function dateLedLines(lines: string[], startsWithDate: (line: string) => boolean): string[] | null {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  if (kept.length < 2 || !kept.every(startsWithDate)) return null;
  return kept;
}
