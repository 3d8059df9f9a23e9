// The labels announcements write their facts under, one fact a line: "Høringsfrist: 1. februar
// 2027", "Avsender: Justis- og beredskapsdepartementet", "Sted: Molde rådhus", "Vår referanse:
// 26/1234". This is the one list of them: normalise.ts keeps such lines apart instead of
// joining them into a paragraph, detect-labelled.ts reads an item from them, and
// detect-event-pages.ts finds an event page's day and place by them.

/**
 * What a label gives. "date" is the day the text was sent on a hearing page ("Dato:
 * 14.03.2025") but the day of an event on an invitation, so its reader decides.
 */
export type FieldRole =
  "title" | "deadline" | "registration" | "issuer" | "reference" | "sent" | "date" | "when" | "place" | "online" | "link" | "other";

// Bokmål, Nynorsk and English, lower case; "(en)" marks an optional ending, "?" an optional full stop.
const LABELS: Record<FieldRole, string[]> = {
  title: [
    "høring",
    "høyring",
    "tittel",
    "title",
    "sak",
    "saken",
    "emne",
    "subject",
    "arrangement",
    "seminar",
    "webinar",
    "konferanse",
    "innspill",
    "innspel",
    "event",
    "consultation",
  ],
  deadline: [
    "høringsfrist(en)",
    "høyringsfrist(en)",
    "svarfrist(en)",
    "innspillsfrist(en)",
    "innspelsfrist(en)",
    "frist(en)",
    "uttalefrist(en)",
    "merknadsfrist(en)",
    "søknadsfrist(en)",
    "innsendingsfrist(en)",
    "frist for innspill",
    "frist for innspel",
    "frist for høringssvar",
    "frist for høyringssvar",
    "frist for uttalelse",
    "frist for skriftlige innspill",
    "frist for skriftlege innspel",
    "svar innen",
    "deadline",
    "consultation deadline",
    "submission deadline",
    "response deadline",
    "deadline for comments",
    "deadline for input",
  ],
  registration: [
    "påmeldingsfrist(en)",
    "registreringsfrist(en)",
    "frist for påmelding",
    "frist for å melde seg på",
    "frist for å be om å delta",
    "frist for å be om å få delta",
    "påmelding",
    "registration deadline",
    "registration",
    "register by",
  ],
  issuer: [
    "avsender",
    "avsendar",
    "departement",
    "departementet",
    "ansvarlig departement",
    "ansvarleg departement",
    "ansvarlig",
    "ansvarleg",
    "utgiver",
    "utgjevar",
    "utgitt av",
    "fra",
    "frå",
    "arrangør",
    "arrangører",
    "arrangørar",
    "komité",
    "komite",
    "komiteen",
    "issuer",
    "issued by",
    "sender",
    "from",
    "organiser",
    "organizer",
    "organised by",
    "organized by",
    "i regi av",
  ],
  reference: [
    "saksnummer",
    "saksnr.?",
    "sak nr.?",
    "referanse",
    "vår referanse",
    "vår ref.?",
    "dokument",
    "dokumentnummer",
    "reference",
    "our reference",
    "case number",
    "ref.?",
  ],
  sent: [
    "sendt",
    "dato sendt",
    "sendt på høring",
    "sendt på høyring",
    "høringsdato",
    "høyringsdato",
    "publisert",
    "utsendt",
    "sent",
    "published",
  ],
  date: ["dato", "datoar", "datoer", "date", "dates"],
  when: ["tid", "tidspunkt", "når", "klokkeslett", "time", "when"],
  place: ["sted", "stad", "lokale", "adresse", "hvor", "kvar", "venue", "place", "where", "location", "address"],
  online: ["digitalt", "digital", "strømming", "direktesending", "online", "livestream"],
  link: [
    "les mer",
    "les meir",
    "lenke",
    "link",
    "mer informasjon",
    "meir informasjon",
    "more information",
    "read more",
    "nettside",
    "høringsside",
    "se",
  ],
  other: [
    "status",
    "målgruppe",
    "målgrupper",
    "pris",
    "kontakt",
    "kontaktperson",
    "e-post",
    "epost",
    "telefon",
    "tema",
    "høringsform",
    "språk",
    "format",
    "type",
    "program",
    "kategori",
    "dokumenter",
    "høringsnotat",
    "høringsinstanser",
    "vedlegg",
    "target audience",
    "price",
    "contact",
    "language",
  ],
};

const escape = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\\\?/g, "?")
    .replace(/\\\((\p{L}+)\\\)/gu, "(?:$1)?");
const alternatives = (roles: FieldRole[]) =>
  roles
    .flatMap((role) => LABELS[role])
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/\s+/g, "\u0000"))
    .map((label) => escape(label).replace(/\u0000/g, String.raw`\s+`))
    .join("|");

const ROLES = Object.keys(LABELS) as FieldRole[];

// "Høringsfristen er 1. februar" reads like "Høringsfrist: 1. februar" on a line of its own.
const FIELD_LINE = new RegExp(String.raw`^\s*(${alternatives(ROLES)})(?:\s*:|(?<=frist|fristen)\s+(?:er|var)\b)\s*(.*)$`, "iu");

export interface FieldLine {
  /** The label as written, without its colon. */
  label: string;
  role: FieldRole;
  value: string;
}

const WHOLE_LABEL = ROLES.map((role) => ({ role, pattern: new RegExp(`^(?:${alternatives([role])})$`, "iu") }));

function roleOfLabel(label: string): FieldRole {
  return WHOLE_LABEL.find((l) => l.pattern.test(label))?.role ?? "other";
}

const roleCache = new Map<string, FieldRole>();
// The longest label ("frist for å be om å få delta") and the spaces around it.
const MAX_LABEL_REACH = 60;

/** A line's label, what it gives and its value, or null when the line does not open with a known label. */
export function readFieldLine(line: string): FieldLine | null {
  // Most lines hold no colon near their start: they are turned away before the long list is tried.
  const start = line.slice(0, MAX_LABEL_REACH);
  if (!start.includes(":") && !/frist(?:en)?\s+(?:er|var)\b/i.test(start)) return null;
  const m = FIELD_LINE.exec(line);
  if (!m) return null;
  const label = m[1].replace(/\s+/g, " ");
  let role = roleCache.get(label.toLowerCase());
  if (!role) {
    role = roleOfLabel(label);
    roleCache.set(label.toLowerCase(), role);
  }
  return { label, role, value: m[2].trim() };
}

// A table copied as text keeps a tab or a run of spaces where the colon would be
// ("Høringsfrist	15.03.2027"); some e-mails write a dash ("Høringsfrist – 15. mars 2027").
const SPACED_FIELD_LINE = new RegExp(String.raw`^\s*(${alternatives(ROLES)})(?:[ ]*\t\s*|[ ]{2,})(\S.*)$`, "iu");
const DASHED_FIELD_LINE = new RegExp(String.raw`^\s*(${alternatives(ROLES)})\s+[–—-]\s+(\S.*)$`, "iu");

/**
 * A line of a copied table, its label and value apart by a tab or several spaces, read as
 * `readFieldLine` reads "Label: value". Only a run of such lines is read this way: in running
 * text, two spaces after a word say nothing.
 */
export function readSpacedFieldLine(line: string): FieldLine | null {
  const start = line.slice(0, MAX_LABEL_REACH);
  if (!start.includes("\t") && !start.includes("  ") && !/\s[–—-]\s/.test(start)) return null;
  const spaced = SPACED_FIELD_LINE.exec(line);
  if (spaced) return readFieldLine(`${spaced[1]}: ${spaced[2]}`);
  const dashed = DASHED_FIELD_LINE.exec(line);
  const field = dashed ? readFieldLine(`${dashed[1]}: ${dashed[2]}`) : null;
  // "Høring – forslag til …" is a title as written, not a label and its value.
  return field?.role === "title" ? null : field;
}

/**
 * A line that opens with a fact's label ("Tid:", "Sted:", "Påmeldingsfrist:"): it carries a
 * fact, so it is no heading even when short. Title labels ("Høring: …") are left out: such a
 * line names its item, as a heading does.
 */
export const FACT_LABEL = new RegExp(
  String.raw`^(?:${alternatives(ROLES.filter((r) => r !== "title"))}|frist\p{L}*|påmelding\p{L}*)\s*:`,
  "iu",
);

// The title labels (above) that say the item is an event: "Arrangement: …", "Event: …".
const EVENT_TITLE_LABELS = new Set(["arrangement", "seminar", "webinar", "konferanse", "event"]);

/** "Event: Menneskehandel og arbeidslivskriminalitet": a heading that names an event by its label. */
export function opensWithEventLabel(text: string): boolean {
  const field = text.includes(":") ? readFieldLine(text) : null;
  return field?.role === "title" && EVENT_TITLE_LABELS.has(field.label.toLowerCase());
}

// "Seminar: Menneskehandel og arbeidslivskriminalitet": the label says what kind of item it is,
// the value what it is called.
const TITLE_LABEL = new RegExp(String.raw`^\s*(?:${alternatives(["title"])})\s*:\s*(?=\S)`, "iu");

/** A heading or first line without the title label it opens with ("Seminar:", "Tittel:", "Høring:"). */
export function withoutTitleLabel(text: string): string {
  return text.includes(":") ? text.replace(TITLE_LABEL, "") : text;
}

/** Labels that give an event's day: "Tid: tirsdag 14. oktober", "Dato: 26. mars". */
export const DATE_LABEL = new RegExp(String.raw`(?:^|\s)(?:${alternatives(["date", "when"])})\s*:\s*`, "giu");

/** A label (as `labelledValues` reads it) that gives an event's place. */
export const PLACE_LABEL = new RegExp(String.raw`^(?:${alternatives(["place"])})$`, "iu");
