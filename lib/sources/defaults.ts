// The two national sources and the relevance words a new installation starts with, so that
// it shows this week's relevant hearings within minutes of `npm start` without anyone
// touching it. Written only into a database that has never had a source.
import type { Db } from "../db/prisma";

export const REGJERINGEN_HEARINGS_URL = "https://www.regjeringen.no/no/rss/Rss/2581966/?documentType=dokumenter/h%C3%B8ringer";
/** Without `sesjonid`: the poller asks for the current session (it changes on 1 October). */
export const STORTINGET_HEARINGS_URL = "https://data.stortinget.no/eksport/horinger";

export const DEFAULT_RELEVANCE_WORDS = [
  "menneskehandel",
  "utnytting",
  "utnyttelse",
  "tvangsarbeid",
  "prostitusjon",
  "sexkjøp",
  "utlending",
  "asyl",
  "flyktning",
  "barnevern",
  "vold",
  "overgrep",
  "arbeidsmiljø",
  "arbeidslivskriminalitet",
  "sosial dumping",
  "voldsoffer",
  "offer for",
];

export const DEFAULT_RELEVANCE_MINISTRIES = ["Justis- og beredskapsdepartementet", "Arbeids- og inkluderingsdepartementet"];

export const DEFAULT_SOURCES = [
  {
    type: "regjeringen" as const,
    url: REGJERINGEN_HEARINGS_URL,
    name: "Høringer på regjeringen.no (alle departementer)",
    mode: "relevant" as const,
    pollIntervalMinutes: 60,
  },
  {
    type: "stortinget" as const,
    url: STORTINGET_HEARINGS_URL,
    name: "Stortingets komitéhøringer (inneværende sesjon)",
    mode: "relevant" as const,
    pollIntervalMinutes: 120,
  },
];

/** Returns how many sources it added: two on a database that never had one, else none. */
export async function ensureDefaultSources(db: Db): Promise<number> {
  return db.$transaction(async (tx) => {
    // Two instances starting at once on a new database: the second waits here, then sees the rows.
    await tx.$executeRaw`LOCK TABLE polled_source IN SHARE ROW EXCLUSIVE MODE`;
    if ((await tx.polledSource.count()) > 0) return 0;
    await tx.polledSource.createMany({ data: DEFAULT_SOURCES });
    if ((await tx.relevanceTerm.count()) === 0) {
      await tx.relevanceTerm.createMany({
        data: [
          ...DEFAULT_RELEVANCE_WORDS.map((term) => ({ kind: "word" as const, term })),
          ...DEFAULT_RELEVANCE_MINISTRIES.map((term) => ({ kind: "ministry" as const, term })),
        ],
      });
    }
    return DEFAULT_SOURCES.length;
  });
}
