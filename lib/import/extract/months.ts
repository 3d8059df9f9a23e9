// Month and weekday names as Norwegian newsletters write them: Bokmål, Nynorsk, English,
// capitalised or not, whole or abbreviated ("jan.", "sept.").
const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
  december: 12,
  dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  måndag: 1,
  monday: 1,
  tirsdag: 2,
  tysdag: 2,
  tuesday: 2,
  onsdag: 3,
  wednesday: 3,
  torsdag: 4,
  thursday: 4,
  fredag: 5,
  friday: 5,
  lørdag: 6,
  laurdag: 6,
  saturday: 6,
  søndag: 7,
  sundag: 7,
  sunday: 7,
};

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** Matches any month name; use with the `i` flag and a letter boundary after it. */
export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));

export const NORWEGIAN_MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase()] ?? null;
}

export function isMonthName(word: string): boolean {
  return monthNumber(word) !== null;
}
